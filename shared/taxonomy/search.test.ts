import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CompetencyCategory } from "../schemas/competency";
import { normaliseForSearch } from "./normalise";
import { scanReference } from "./scan";
import { createReferenceIndex } from "./search";
import type { ReferenceEntry } from "./types";

function entry(
  code: string,
  category: CompetencyCategory,
  fr: string[],
  en: string[],
): ReferenceEntry {
  const [frLabel = code, ...frAlt] = fr;
  const [enLabel = code, ...enAlt] = en;
  return {
    scheme: "skillfolio",
    code,
    uri: null,
    category,
    sector: null,
    labels: { fr: frLabel, en: enLabel },
    altLabels: { fr: frAlt, en: enAlt },
  };
}

const reference = [
  entry("teamwork", "soft-skill", ["Travail en équipe", "Esprit d'équipe"], ["Teamwork"]),
  entry("team-lead", "know-how", ["Animer une équipe"], ["Leading a team"]),
  entry("equip", "know-how", ["Équipement de protection"], ["Protective equipment"]),
  entry("welding", "know-how", ["Soudage", "Soudure", "Soudeur"], ["Welding"]),
  entry("welding-tig", "know-how", ["Soudage TIG"], ["TIG welding"]),
  entry("pruning", "know-how", ["Taille de la vigne"], ["Vine pruning"]),
  entry("masonry", "know-how", ["Maçonnerie", "Monter un mur"], ["Masonry", "Bricklaying"]),
  entry("cooking", "know-how", ["Cuisine"], ["Cooking"]),
  entry("heart", "soft-skill", ["Cœur à l'ouvrage"], ["Hard-working"]),
  entry("stress", "soft-skill", ["Gestion du stress"], ["Stress management"]),
  entry("conflict", "soft-skill", ["Gestion des conflits"], ["Conflict management"]),
  entry("team-sports", "other", ["Sports d'équipe"], ["Team sports"]),
  entry("tiling", "know-how", ["Carrelage"], ["Tiling"]),
  entry("care", "know-how", ["Aide à la toilette"], ["Personal care", "Bathing assistance"]),
];
const fr = createReferenceIndex(reference, "fr");
const en = createReferenceIndex(reference, "en");
const codes = (query: string, options = {}) => fr.search(query, options).map((m) => m.entry.code);

describe("normalising labels and queries", () => {
  it("folds accents, case, ligatures and punctuation to plain words", () => {
    expect(normaliseForSearch("  Œuvre d’art – Équipe  ")).toBe("oeuvre d art equipe");
    expect(normaliseForSearch("Straße, Łódź, Søren, Ægir")).toBe("strasse lodz soren aegir");
    expect(normaliseForSearch("C++ / C#")).toBe("c++ c#");
    expect(normaliseForSearch("’- ")).toBe("");
  });
});

describe("searching the reference", () => {
  it("ranks a label starting with the query above one whose later word starts with it", () => {
    const matches = fr.search("equipe");
    expect(matches.map((m) => m.entry.code)).toEqual([
      "equip",
      "team-sports",
      "team-lead",
      "teamwork",
    ]);
    expect(matches[0]?.tier).toBe("prefix");
    expect(matches[1]?.tier).toBe("word");
  });

  it("puts an exact label first, then prefixes, then substrings", () => {
    const matches = fr.search("soudage");
    expect(matches.map((m) => [m.entry.code, m.tier])).toEqual([
      ["welding", "exact"],
      ["welding-tig", "prefix"],
    ]);
    expect(fr.search("oudag").map((m) => [m.entry.code, m.tier])).toEqual([
      ["welding", "substring"],
      ["welding-tig", "substring"],
    ]);
  });

  it("ignores accents and case in the query and in the labels", () => {
    const plain = codes("equipe");
    expect(plain.length).toBeGreaterThan(0);
    expect(codes("EQUIPE")).toEqual(plain);
    expect(codes("équipe")).toEqual(plain);
    expect(codes("Équipé")).toEqual(plain);
    expect(codes("coeur")).toEqual(["heart"]);
    expect(codes("cŒur")).toEqual(["heart"]);
    expect(codes("maconnerie")).toEqual(["masonry"]);
  });

  it("finds an entry by a synonym, reporting which label matched", () => {
    const [match] = fr.search("soudure");
    expect(match?.entry.code).toBe("welding");
    expect(match?.label).toBe("Soudure");
    expect(match?.preferred).toBe(false);
    expect(match?.tier).toBe("exact");
    expect(fr.search("esprit")[0]).toMatchObject({ label: "Esprit d'équipe", preferred: false });
  });

  it("prefers the preferred label to a synonym at the same tier", () => {
    const matches = fr.search("soud");
    expect(matches.map((m) => m.entry.code)).toEqual(["welding", "welding-tig"]);
    expect(matches[0]).toMatchObject({ label: "Soudage", preferred: true });
  });

  it("finds English labels on the French index, below French matches", () => {
    expect(codes("bricklaying")).toEqual(["masonry"]);
    expect(fr.search("bricklaying")[0]).toMatchObject({ labelLocale: "en", tier: "exact" });
    // "Carrelage" opens with "car" in French; "Personal care" only has a later word in English.
    expect(fr.search("car").map((m) => [m.entry.code, m.labelLocale, m.tier])).toEqual([
      ["tiling", "fr", "prefix"],
      ["care", "en", "word"],
    ]);
    // The locale outranks the tier: on the English index the English word match comes first.
    expect(en.search("car").map((m) => [m.entry.code, m.labelLocale, m.tier])).toEqual([
      ["care", "en", "word"],
      ["tiling", "fr", "prefix"],
    ]);
  });

  it("keeps the chosen locale's label when both languages match the same entry", () => {
    expect(fr.search("stress")[0]).toMatchObject({ label: "Gestion du stress", tier: "word" });
    expect(en.search("stress")[0]).toMatchObject({ label: "Stress management", tier: "prefix" });
    const teams = fr.search("team");
    expect(teams.map((m) => m.entry.code)).toEqual(["teamwork", "team-sports", "team-lead"]);
    expect(teams.every((m) => m.labelLocale === "en")).toBe(true);
  });

  it("requires every word of a multi-word query to start some word of the label, in any order", () => {
    expect(codes("travail equ")).toEqual(["teamwork"]);
    expect(codes("equ travail")).toEqual(["teamwork"]);
    expect(codes("taille vigne")).toEqual(["pruning"]);
    expect(codes("vigne taille")).toEqual(["pruning"]);
    expect(codes("taille de la v")[0]).toBe("pruning");
    expect(fr.search("taille de la v")[0]?.tier).toBe("prefix");
    expect(codes("taille mur")).toEqual([]);
    // A repeated word is still a two-word query: "Taille de la vigne" does not start with it.
    expect(fr.search("taille taille")[0]).toMatchObject({
      entry: { code: "pruning" },
      tier: "word",
    });
  });

  it("keeps only the requested category", () => {
    expect(codes("equipe", { category: "soft-skill" })).toEqual(["teamwork"]);
    expect(codes("equipe", { category: "know-how" })).toEqual(["equip", "team-lead"]);
    expect(codes("equipe", { category: "language" })).toEqual([]);
  });

  it("returns at most the limit, the best first", () => {
    expect(codes("equipe", { limit: 2 })).toEqual(["equip", "team-sports"]);
    expect(codes("e", { limit: 1 })).toHaveLength(1);
    expect(codes("e", { limit: 0 })).toEqual([]);
  });

  it("returns nothing for an empty or punctuation-only query, or no match", () => {
    expect(fr.search("")).toEqual([]);
    expect(fr.search("   ")).toEqual([]);
    expect(fr.search("’ - ")).toEqual([]);
    expect(fr.search("zzzz")).toEqual([]);
  });
});

describe("the index against a plain scan", () => {
  const syllables = ["sou", "da", "ge", "é", "qui", "pe", "ma", "çon", "ta", "il", "le", "vi", "œ"];
  const word = fc
    .array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.join(""));
  const label = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(" "));
  const categories = ["know-how", "soft-skill", "digital"] as const;
  const generated = fc.array(
    fc.record({
      fr: fc.array(label, { minLength: 1, maxLength: 4 }),
      en: fc.array(label, { minLength: 1, maxLength: 3 }),
      category: fc.constantFrom(...categories),
    }),
    { minLength: 1, maxLength: 60 },
  );
  const query = fc.oneof(
    word.map((w) => w.slice(0, 3)),
    fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(" ").toUpperCase()),
    fc.constantFrom("a", "e", "é", "sou", "da ge", "ge da", "'", ""),
  );

  it("returns the same entries, labels and tiers in the same order", () => {
    fc.assert(
      fc.property(
        generated,
        query,
        fc.constantFrom("fr" as const, "en" as const),
        fc.option(fc.constantFrom(...categories), { nil: undefined }),
        fc.integer({ min: 1, max: 30 }),
        (specs, text, locale, category, limit) => {
          const entries = specs.map((spec, index) =>
            entry(`e${index}`, spec.category, spec.fr, spec.en),
          );
          const index = createReferenceIndex(entries, locale);
          const options = { category, limit };
          const summary = (matches: ReturnType<typeof index.search>) =>
            matches.map((m) => [m.entry.code, m.label, m.labelLocale, m.tier].join("|"));
          expect(summary(index.search(text, options))).toEqual(
            summary(scanReference(entries, locale, text, options)),
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});
