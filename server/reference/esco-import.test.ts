import { createReadStream } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdmin } from "../admin";
import { importedReferenceSchema } from "../routes/reference/reference.route";
import { openTestApp, type TestContext } from "../test/app";
import { EscoImportError, importEscoSkills, readEscoSkills } from "./esco-import";

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);

let ctx: TestContext;
beforeAll(async () => {
  ctx = await openTestApp();
});
afterAll(async () => {
  await ctx.close();
});

async function fetchReference(etag?: string) {
  return ctx.app.request("/api/reference", etag ? { headers: { "if-none-match": etag } } : {});
}

describe("ESCO skills CSV", () => {
  it("reads quoted multi-line alt labels, escaped quotes, categories, and skips obsolete concepts", async () => {
    const { skills, skipped } = await readEscoSkills(
      createReadStream(fixture("esco-skills-sample.csv")),
    );
    expect(skipped).toBe(1);
    expect(skills.map((skill) => skill.label)).toEqual([
      "gérer des musiciens",
      "tailler la vigne",
      "réglementation du BTP",
      "faire preuve d'esprit d'équipe",
    ]);
    expect(skills[1]).toMatchObject({
      code: "00064735-8fad-454b-90c7-ed858cc993f2",
      uri: "http://data.europa.eu/esco/skill/00064735-8fad-454b-90c7-ed858cc993f2",
      category: "know-how",
      altLabels: ["taille de la vigne", "effectuer la taille des vignes", "taille en guyot"],
    });
    expect(skills[2]?.category).toBe("knowledge");
    expect(skills[3]?.category).toBe("soft-skill");
  });

  it("cleans labels with the text rule and counts them, keeping the skill", async () => {
    const csv = [
      "conceptUri,skillType,reuseLevel,preferredLabel,altLabels,status",
      `http://data.europa.eu/esco/skill/00064735-8fad-454b-90c7-ed858cc993f2,skill/competence,,"tailler\u0000 la vigne\u202e","taille\tguyot\ntaille\u0085 de la vigne",released`,
    ].join("\n");
    const { skills, cleaned } = await readEscoSkills(Readable.from([csv]));
    expect(skills[0]).toMatchObject({
      label: "tailler la vigne",
      altLabels: ["taille guyot", "taille de la vigne"],
    });
    expect(cleaned).toBe(3);
  });

  it("refuses a file that is not an ESCO skills CSV, or is broken, with a clear message", async () => {
    await expect(readEscoSkills(Readable.from(["name,age\nAna,3\n"]))).rejects.toThrow(
      /missing column\(s\) conceptUri/,
    );
    await expect(readEscoSkills(Readable.from([""]))).rejects.toThrow(/no rows/);
    const broken =
      'conceptUri,skillType,preferredLabel,altLabels\nhttp://x/skill/1,"unterminated,a,b\n';
    await expect(readEscoSkills(Readable.from([broken]))).rejects.toThrow(EscoImportError);
  });

  it("imports French then English into one entry per concept, bumping the version served with an ETag", async () => {
    const before = await fetchReference();
    expect(importedReferenceSchema.parse(await before.json())).toEqual({ version: 0, entries: [] });

    const fr = await importEscoSkills(
      ctx.database.db,
      createReadStream(fixture("esco-skills-sample.csv")),
      "fr",
    );
    expect(fr).toEqual({ imported: 4, skipped: 1, cleaned: 0, version: 1 });
    const message = await runAdmin(ctx.database.db, [
      "import-esco",
      "--file",
      fixture("esco-skills-sample-en.csv"),
      "--lang",
      "en",
    ]);
    expect(message).toMatch(/Imported 2 ESCO skills \(en\), skipped 0; reference version 2/);

    const response = await fetchReference();
    expect(response.headers.get("etag")).toBe('"reference-2"');
    const reference = importedReferenceSchema.parse(await response.json());
    expect(reference.version).toBe(2);
    expect(reference.entries).toHaveLength(4);
    const vine = reference.entries.find((entry) => entry.code.startsWith("00064735"));
    expect(vine).toMatchObject({
      scheme: "esco",
      labels: { fr: "tailler la vigne", en: "prune vines" },
      altLabels: {
        fr: ["taille de la vigne", "effectuer la taille des vignes", "taille en guyot"],
        en: ["vine pruning", "grapevine pruning"],
      },
    });
    const musicians = reference.entries.find((entry) => entry.code.startsWith("0005c151"));
    expect(musicians?.labels).toEqual({ fr: "gérer des musiciens", en: "gérer des musiciens" });

    expect((await fetchReference('"reference-2"')).status).toBe(304);
  });

  it("changes nothing when a file fails half-way", async () => {
    const before = importedReferenceSchema.parse(await (await fetchReference()).json());
    const header = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,status\n";
    const good =
      "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/11111111-1111-4111-8111-111111111111,skill/competence,,nouvelle,,released\n";
    const bad = 'KnowledgeSkillCompetence,http://x/skill/2,"broken\n';
    await expect(
      importEscoSkills(ctx.database.db, Readable.from([header, good, bad]), "fr"),
    ).rejects.toThrow(EscoImportError);
    const after = importedReferenceSchema.parse(await (await fetchReference()).json());
    expect(after).toEqual(before);
  });
});
