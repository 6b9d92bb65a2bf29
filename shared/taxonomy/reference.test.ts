import { describe, expect, it } from "vitest";
import { cefrLevels } from "../schemas/competency";
import { cefrScale } from "./cefr";
import { digcompCompetences } from "./digcomp";
import {
  createReferenceIndex,
  knowHowBySector,
  languages,
  selfAssessedLevels,
  softSkills,
  starterReference,
} from "./index";
import { referenceEntrySchema, starterSectors } from "./types";

describe("the starter reference", () => {
  it("has a few hundred entries, each valid against the entry schema", () => {
    expect(starterReference.length).toBeGreaterThanOrEqual(300);
    for (const entry of starterReference) {
      const parsed = referenceEntrySchema.safeParse(entry);
      expect(parsed.success, `${entry.code}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it("gives every entry a code unique within its scheme", () => {
    const seen = new Set<string>();
    const duplicates = starterReference
      .map((entry) => `${entry.scheme}:${entry.code}`)
      .filter((key) => seen.has(key) || !seen.add(key));
    expect(duplicates).toEqual([]);
    for (const entry of starterReference) expect(entry.code).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
  });

  it("labels every entry in French and English, without stray spaces or repeated synonyms", () => {
    for (const entry of starterReference) {
      for (const locale of ["fr", "en"] as const) {
        const all = [entry.labels[locale], ...entry.altLabels[locale]];
        for (const label of all) expect(label.trim(), entry.code).toBe(label);
        expect(entry.labels[locale].length, entry.code).toBeGreaterThan(0);
        const lower = all.map((label) => label.toLowerCase());
        expect(new Set(lower).size, `${entry.code} ${locale}`).toBe(lower.length);
      }
    }
  });

  it("never gives two entries the same preferred label", () => {
    for (const locale of ["fr", "en"] as const) {
      const labels = starterReference.map((entry) => entry.labels[locale].toLowerCase());
      const repeated = labels.filter((label, index) => labels.indexOf(label) !== index);
      expect(repeated, locale).toEqual([]);
    }
  });

  it("holds the 21 DigComp 2.2 competences numbered 1.1 to 5.4", () => {
    const expected = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6"]
      .concat(["3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4"])
      .map((number) => `digcomp.${number}`);
    expect(digcompCompetences.map((entry) => entry.code)).toEqual(expected);
    expect(
      digcompCompetences.every((e) => e.scheme === "digcomp" && e.category === "digital"),
    ).toBe(true);
    expect(digcompCompetences[0]?.labels.en).toBe(
      "Browsing, searching and filtering data, information and digital content",
    );
    expect(digcompCompetences[20]?.labels.en).toBe("Identifying digital competence gaps");
  });

  it("has the soft skills and languages as their own categories", () => {
    expect(softSkills.length).toBeGreaterThanOrEqual(35);
    expect(softSkills.every((entry) => entry.category === "soft-skill")).toBe(true);
    expect(languages.length).toBeGreaterThanOrEqual(30);
    expect(languages.every((entry) => entry.category === "language")).toBe(true);
    const codes = languages.map((entry) => entry.code);
    for (const code of ["fr", "en", "ar", "pt", "tr", "ro", "pl", "uk", "wo", "ln", "ta", "fsl"]) {
      expect(codes).toContain(`sf.lang.${code}`);
    }
  });

  it("has at least 20 know-how entries in every sector, tagged with that sector", () => {
    for (const sector of starterSectors) {
      const entries = knowHowBySector[sector];
      expect(entries.length, sector).toBeGreaterThanOrEqual(20);
      for (const entry of entries) {
        expect(entry.sector, entry.code).toBe(sector);
        expect(entry.category, entry.code).toBe("know-how");
      }
    }
    const sectorless = starterReference.filter((entry) => entry.category !== "know-how");
    expect(sectorless.every((entry) => entry.sector === null)).toBe(true);
  });
});

describe("the level scales", () => {
  it("describes the six CEFR levels A1 to C2 in both languages", () => {
    expect(cefrScale.map((level) => level.level)).toEqual([...cefrLevels]);
    expect(cefrScale.map((level) => level.value)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const level of cefrScale) {
      expect(level.description.fr.length).toBeGreaterThan(20);
      expect(level.description.en.length).toBeGreaterThan(20);
    }
  });

  it("describes the four self-assessed levels in both languages", () => {
    expect(selfAssessedLevels.map((level) => level.value)).toEqual([1, 2, 3, 4]);
    for (const level of selfAssessedLevels) {
      expect(
        level.label.fr && level.label.en && level.description.fr && level.description.en,
      ).toBeTruthy();
    }
  });
});

describe("searching the starter reference", () => {
  const fr = createReferenceIndex(starterReference, "fr");
  const en = createReferenceIndex(starterReference, "en");
  const first = (index: typeof fr, query: string) => index.search(query)[0]?.entry.code;

  it("finds what people type, with or without accents", () => {
    expect(first(fr, "soudure")).toBe("sf.industry.welding");
    expect(first(fr, "Soudage")).toBe("sf.industry.welding");
    expect(first(fr, "SOUDEUR")).toBe("sf.industry.welding");
    expect(first(fr, "maçon")).toBe("sf.constr.masonry");
    expect(first(fr, "macon")).toBe("sf.constr.masonry");
    expect(first(fr, "esprit d'equipe")).toBe("sf.soft.teamwork");
    expect(first(fr, "travail en équipe")).toBe("sf.soft.teamwork");
    expect(first(fr, "vendange")).toBe("sf.agri.grape-harvest");
    expect(first(fr, "taille vigne")).toBe("sf.agri.vine-pruning");
    expect(first(fr, "aide toilette")).toBe("sf.health.personal-hygiene-care");
    expect(first(fr, "chariot")).toBe("sf.general.forklift");
    expect(first(fr, "lsf")).toBe("sf.lang.fsl");
    expect(first(fr, "ponctualite")).toBe("sf.soft.punctuality");
  });

  it("ranks labels starting with the query above later-word matches", () => {
    const matches = fr.search("cuis");
    expect(matches[0]).toMatchObject({ label: "Cuisine", tier: "prefix", preferred: true });
    const tiers = matches.map((match) => match.tier);
    expect(tiers).toContain("word");
    expect(tiers.indexOf("word")).toBeGreaterThan(tiers.lastIndexOf("prefix"));
    expect(fr.search("equipe")[0]?.entry.code).toBe("sf.soft.teamwork");
  });

  it("finds CACES entries by the certificate name", () => {
    const codes = fr.search("caces").map((match) => match.entry.code);
    expect(codes.slice(0, 1)).toEqual(["sf.general.forklift"]);
    expect(codes).toEqual(expect.arrayContaining(["sf.constr.site-machinery", "sf.constr.crane"]));
  });

  it("finds an entry by its English name from the French index, and the reverse", () => {
    expect(fr.search("welding")[0]).toMatchObject({
      entry: { code: "sf.industry.welding" },
      labelLocale: "en",
    });
    expect(en.search("soudure")[0]).toMatchObject({
      entry: { code: "sf.industry.welding" },
      labelLocale: "fr",
    });
    expect(first(en, "teamwork")).toBe("sf.soft.teamwork");
  });

  it("keeps to a category when asked", () => {
    const digital = fr.search("données", { category: "digital" });
    expect(digital.length).toBeGreaterThan(0);
    expect(digital.every((match) => match.entry.category === "digital")).toBe(true);
    expect(fr.search("anglais", { category: "language" })[0]?.entry.code).toBe("sf.lang.en");
  });
});
