import schema from "@jsonresume/schema/schema.json";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { afterEach, describe, expect, it } from "vitest";
import type { SkillfolioDatabase } from "../db/database";
import { applyImport } from "./apply-import";
import { contentView } from "./fixtures/content-view";
import { emptyAccount, seedPortfolio } from "./fixtures/seed";
import { previewImport } from "./import-file";
import { cvToJsonResume, jsonResumeFile, portfolioToJsonResume } from "./json-resume";
import { readPortfolio } from "./portfolio-data";

const ALICE = "0190f1d2-0000-7000-8000-0000000000a1";
const BOB = "0190f1d2-0000-7000-8000-0000000000b2";
const opened: SkillfolioDatabase[] = [];
async function account(ownerId: string) {
  const database = await emptyAccount(ownerId);
  opened.push(database);
  return database;
}
afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

describe("exporting as JSON Resume", () => {
  it("the whole portfolio validates against the official schema", async () => {
    const alice = await account(ALICE);
    await seedPortfolio(alice, ALICE);
    const resume = portfolioToJsonResume(await readPortfolio(alice));
    expect(validate(resume), JSON.stringify(validate.errors)).toBe(true);
    expect(resume.basics).toMatchObject({
      name: "Ελένη Dvořák-Weiß",
      label: "Aide-soignante à Łódź",
      email: "eleni@example.eu",
      summary: "Große Erfahrung <script>alert(1)</script> & soins",
      location: { city: "Łódź" },
    });
    expect(resume.work).toEqual([
      expect.objectContaining({
        name: "EHPAD Straße, Łódź",
        position: "Aide-soignante",
        startDate: "2019-09",
      }),
    ]);
    expect(resume.volunteer).toEqual([
      expect.objectContaining({
        organization: "Croix-Rouge",
        startDate: "2017",
        endDate: "2018-06-30",
      }),
    ]);
    expect(resume.education).toEqual([
      expect.objectContaining({ institution: "Dvořák Institut", area: "PSC1" }),
    ]);
    expect(resume.projects).toEqual([
      expect.objectContaining({ name: "Jardin partagé", keywords: ["ß"] }),
    ]);
    expect(resume.certificates).toEqual([
      expect.objectContaining({
        name: "Attestation PSC1",
        issuer: "Dvořák Institut",
        date: "2016-05",
      }),
    ]);
    expect(resume.languages).toEqual([
      expect.objectContaining({ language: "Polski", fluency: "B2" }),
      expect.objectContaining({ language: "Ελληνικά", fluency: "Native speaker" }),
      expect.objectContaining({ language: "Français", fluency: "B2" }),
    ]);
  });

  it("keeps evidence, reference codes, levels and ids in the items' x-skillfolio field", async () => {
    const alice = await account(ALICE);
    const seeded = await seedPortfolio(alice, ALICE);
    const resume = portfolioToJsonResume(await readPortfolio(alice));
    const care = (resume.skills as Record<string, unknown>[]).find(
      (s) => s.name === "Réaliser des soins d’hygiène",
    );
    expect(care).toMatchObject({
      level: "3/4",
      keywords: ["S1.2.3"],
      "x-skillfolio": {
        id: seeded.care,
        category: "know-how",
        level: 3,
        reference: { scheme: "esco", code: "S1.2.3", uri: "http://data.europa.eu/esco/skill/abc" },
        evidence: { experienceIds: [seeded.job, seeded.training], proofIds: [seeded.proof] },
      },
    });
  });

  it("a CV gives its own selection in its order, its headline, and validates", async () => {
    const alice = await account(ALICE);
    const seeded = await seedPortfolio(alice, ALICE);
    const data = await readPortfolio(alice);
    const cv = data.cvs.find((c) => c.id === seeded.cv);
    if (!cv) throw new Error("seeded CV missing");
    const resume = cvToJsonResume(cv, data);
    expect(validate(resume), JSON.stringify(validate.errors)).toBe(true);
    expect((resume.basics as { label: string }).label).toBe("Aide-soignante diplômée");
    expect(resume.work).toHaveLength(1);
    expect(resume.education).toHaveLength(1);
    expect(resume.volunteer).toBeUndefined();
    expect(resume.projects).toBeUndefined();
    expect((resume.skills as { name: string }[]).map((s) => s.name)).toEqual([
      "Écoute",
      "Réaliser des soins d’hygiène",
    ]);
    expect(resume.meta).toMatchObject({
      "x-skillfolio": { cv: { id: seeded.cv, title: "Soins – Łódź" } },
    });
  });

  it("re-imports into another account as the same experiences and competencies, links kept", async () => {
    const alice = await account(ALICE);
    await seedPortfolio(alice, ALICE);
    const source = await readPortfolio(alice);
    const file = jsonResumeFile(portfolioToJsonResume(source));
    const bob = await account(BOB);

    const plan = await previewImport(file, bob);
    // The proof's file is not in a JSON Resume: said so, not imported.
    expect(plan.unreadable).toEqual([{ where: "Attestation PSC1", reason: "file-missing" }]);
    await applyImport(plan, bob);
    const target = await readPortfolio(bob);
    const expected = contentView(source);
    const actual = contentView(target);
    expect(actual.experiences).toEqual(expected.experiences);
    // Evidence pointing to the proof that could not come back is dropped; the rest is identical.
    const withoutProofs = (list: typeof expected.competencies) =>
      list.map((c) => ({ ...c, evidence: { ...c.evidence, proofIds: [] } }));
    expect(actual.competencies).toEqual(withoutProofs(expected.competencies));
    expect(target.profile).toMatchObject({
      firstName: "Ελένη",
      lastName: "Dvořák-Weiß",
      languages: [
        { language: "Ελληνικά", level: "native" },
        { language: "Français", level: "B2" },
      ],
    });

    const again = await previewImport(jsonResumeFile(portfolioToJsonResume(source)), bob);
    expect(again.add.experience).toEqual([]);
    expect(again.add.competency).toEqual([]);
  });

  it("reads a JSON Resume written by another tool", async () => {
    const bob = await account(BOB);
    const resume = {
      basics: { name: "Jan Nowak", label: "Magazynier", location: { city: "Kraków" } },
      work: [
        {
          name: "Sklep",
          position: "Kasjer",
          startDate: "2015-03-01T00:00:00Z",
          highlights: ["Kasa"],
        },
        { name: "Bez tytułu" },
        { position: 42 },
      ],
      education: [
        { institution: "Uniwersytet", studyType: "Licencjat", area: "Historia", startDate: "2010" },
      ],
      skills: [{ name: "Wózek widłowy", level: "Advanced" }],
      languages: [{ language: "Deutsch", fluency: "B2 – Upper intermediate" }],
    };
    const plan = await previewImport(jsonResumeFile(resume), bob);
    expect(plan.add.experience.map((e) => e.fields)).toEqual([
      expect.objectContaining({
        kind: "job",
        title: "Kasjer",
        organisation: "Sklep",
        startDate: "2015-03-01",
        activities: ["Kasa"],
      }),
      expect.objectContaining({ kind: "job", title: "Bez tytułu", organisation: "Bez tytułu" }),
      expect.objectContaining({
        kind: "education",
        title: "Licencjat – Historia",
        organisation: "Uniwersytet",
      }),
    ]);
    expect(
      plan.add.competency.map((c) => [c.fields.label, c.fields.category, c.fields.level]),
    ).toEqual([
      ["Wózek widłowy", "know-how", 3],
      ["Deutsch", "language", 4],
    ]);
    expect(plan.unreadable).toEqual([{ where: "work #3", reason: "invalid-record" }]);
    expect(plan.profile?.fields).toMatchObject({
      firstName: "Jan",
      lastName: "Nowak",
      city: "Kraków",
    });
  });
});
