import { describe, expect, it } from "vitest";
import { translate } from "../../../../shared/i18n/index";
import { createReferenceIndex, starterReference } from "../../../../shared/taxonomy/index";
import { searchWordsOf, stemOf, suggestCompetencies } from "./competency-suggestions";
import { composeDescription, composeExperience } from "./guided-composition";
import { answersOf, checkStep, emptyGuidedState } from "./guided-steps";

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate("fr", key, params);

describe("the guided entry's composition", () => {
  it("turns the situation and the result into the description, in the person's language", () => {
    const answers = {
      situation: " Saison des vendanges en Champagne. ",
      result: "Embauché l’an d’après.",
    };
    expect(composeDescription(answers, t("experiences.guided.result.leadIn"))).toBe(
      "Saison des vendanges en Champagne.\n\nCe que j’en retire\u00a0: Embauché l’an d’après.",
    );
    expect(
      composeDescription(answers, translate("en", "experiences.guided.result.leadIn")),
    ).toMatch(/\n\nWhat came of it: Embauché/);
    expect(composeDescription({ situation: "", result: "Un diplôme." }, "Résultat :")).toBe(
      "Résultat : Un diplôme.",
    );
    expect(composeDescription({ situation: "  ", result: "" }, "Résultat :")).toBe("");
  });

  it("keeps the non-empty action lines, trimmed and in order, as activities", () => {
    const state = {
      ...emptyGuidedState,
      kind: "job" as const,
      title: " Vendangeur ",
      start: { year: "2019", month: "09", day: "" },
      end: { year: "2019", month: "10", day: "" },
      actions: ["Couper le raisin ", "", "  ", "Porter les hottes"],
    };
    expect(composeExperience(answersOf(state), "→")).toEqual({
      kind: "job",
      title: "Vendangeur",
      organisation: "",
      location: "",
      startDate: "2019-09",
      endDate: "2019-10",
      description: "",
      activities: ["Couper le raisin", "Porter les hottes"],
      tags: [],
    });
    expect(answersOf({ ...state, ongoing: true }).endDate).toBeNull();
  });

  it("holds the person on a step until its answer is usable", () => {
    expect(checkStep("kind", emptyGuidedState, t, "fr")).toEqual({
      kind: "Choisissez le genre d’expérience.",
    });
    expect(checkStep("what", emptyGuidedState, t, "fr").title).toMatch(/^Donnez un intitulé/);
    expect(checkStep("when", emptyGuidedState, t, "fr")).toEqual({
      start: "Indiquez au moins l’année de début.",
      end: "Indiquez au moins l’année de fin, ou cochez «\u00a0En cours\u00a0».",
    });
    const when = {
      ...emptyGuidedState,
      start: { year: "2020", month: "05", day: "" },
      end: { year: "2020", month: "02", day: "" },
    };
    expect(checkStep("when", when, t, "fr")).toEqual({
      end: "La fin ne peut pas être avant le début (mai 2020).",
    });
    expect(checkStep("when", { ...when, ongoing: true }, t, "fr")).toEqual({});
    expect(
      checkStep("when", { ...when, start: { year: "20", month: "", day: "" } }, t, "fr").start,
    ).toMatch(/^Cette date n’existe pas\u00a0:/);
    expect(checkStep("situation", emptyGuidedState, t, "fr")).toEqual({});
  });
});

describe("competency suggestions", () => {
  const index = createReferenceIndex(starterReference, "fr");
  const search = async (query: string, limit: number) => index.search(query, { limit });

  it("searches the meaningful words of the title and the activities, stemmed", () => {
    expect(stemOf("vendanges")).toBe("vendang");
    expect(stemOf("soins")).toBe("soin");
    expect(stemOf("accueillir")).toBe("accueil");
    expect(stemOf("travailler")).toBe("travail");
    expect(stemOf("patients")).toBe("patient");
    expect(
      searchWordsOf(["Saisonnier aux vendanges", "Porter les hottes de raisin", "2019"]),
    ).toEqual(["saisonni", "vendang", "port", "hott", "raisin"]);
  });

  it("finds reference entries for what the person did, at most eight, best first", async () => {
    const entries = await suggestCompetencies(
      {
        title: "Vendangeur",
        activities: ["Couper le raisin", "Travailler en équipe", "Accueil des clients"],
      },
      search,
    );
    const labels = entries.map((entry) => entry.labels.fr);
    expect(labels.length).toBeGreaterThan(2);
    expect(labels.length).toBeLessThanOrEqual(8);
    expect(labels[0]).toBe("Vendanges");
    expect(labels).toContain("Travail en équipe");
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("leaves out words that merely open a longer one", async () => {
    const entries = await suggestCompetencies(
      { title: "Cueillette", activities: ["Couper le raisin à la main"] },
      search,
    );
    expect(entries.map((entry) => entry.labels.fr).join(" ")).not.toMatch(/Maintenance|âgées/);
  });

  it("suggests nothing when nothing the person wrote matches", async () => {
    expect(await suggestCompetencies({ title: "Zzz", activities: ["qwxv"] }, search)).toEqual([]);
  });
});
