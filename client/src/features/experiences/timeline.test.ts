import { describe, expect, it } from "vitest";
import { uuidv7 } from "../../../../shared/ids";
import { type ExperienceFields, experienceDefaults } from "../../../../shared/schemas/experience";
import { filterExperiences, groupTimeline, sortTimeline } from "./timeline";

let clock = Date.parse("2026-01-01T00:00:00Z");
/** Each made a millisecond after the previous one, so ids sort by creation. */
const experience = (fields: Partial<ExperienceFields> & { title: string }) => ({
  ...experienceDefaults,
  ...fields,
  id: uuidv7(clock++),
});

const titles = (experiences: readonly { title: string }[]) => experiences.map((e) => e.title);

describe("the timeline", () => {
  const school = experience({ title: "CAP", startDate: "2012", endDate: "2014" });
  const vines = experience({ title: "Vendanges", startDate: "2019-09", endDate: "2019-10" });
  const shop = experience({ title: "Vendeuse", startDate: "2016", endDate: "2019-05" });
  const club = experience({ title: "Club de foot", startDate: "2015", endDate: null });
  const job = experience({ title: "Cariste", startDate: "2021-09", endDate: null });
  const undated = experience({ title: "Sans date", startDate: null, endDate: null });

  it("puts ongoing experiences first, then the latest ended, undated ones last", () => {
    const sorted = sortTimeline([school, undated, vines, club, shop, job]);
    expect(titles(sorted)).toEqual([
      "Cariste",
      "Club de foot",
      "Vendanges",
      "Vendeuse",
      "CAP",
      "Sans date",
    ]);
  });

  it("groups by the year an experience ended, after the ongoing ones", () => {
    const groups = groupTimeline(sortTimeline([school, undated, vines, club, shop, job]));
    expect(groups.map((group) => [group.key, titles(group.experiences)])).toEqual([
      ["ongoing", ["Cariste", "Club de foot"]],
      ["2019", ["Vendanges", "Vendeuse"]],
      ["2014", ["CAP"]],
      ["undated", ["Sans date"]],
    ]);
  });

  it("keeps the newest record first when two experiences have the same dates", () => {
    const first = experience({ title: "Premier", startDate: "2020", endDate: "2020" });
    const second = experience({ title: "Second", startDate: "2020", endDate: "2020" });
    expect(titles(sortTimeline([first, second]))).toEqual(["Second", "Premier"]);
  });
});

describe("searching and filtering experiences", () => {
  const vines = experience({
    kind: "job",
    title: "Saisonnier",
    organisation: "Domaine Weber",
    location: "Épernay",
    activities: ["Couper le raisin", "Porter les hottes"],
    tags: ["Champagne"],
  });
  const club = experience({
    kind: "volunteering",
    title: "Entraîneur bénévole",
    description: "Les U11 du club, deux fois par semaine.",
  });

  it("finds words anywhere, whatever the accents and the case", () => {
    expect(titles(filterExperiences([vines, club], { kind: "all", query: "epernay" }))).toEqual([
      "Saisonnier",
    ]);
    expect(titles(filterExperiences([vines, club], { kind: "all", query: "HOTTES" }))).toEqual([
      "Saisonnier",
    ]);
    expect(titles(filterExperiences([vines, club], { kind: "all", query: "champ weber" }))).toEqual(
      ["Saisonnier"],
    );
    expect(titles(filterExperiences([vines, club], { kind: "all", query: "entraineur" }))).toEqual([
      "Entraîneur bénévole",
    ]);
    expect(titles(filterExperiences([vines, club], { kind: "all", query: "u11" }))).toEqual([
      "Entraîneur bénévole",
    ]);
    expect(filterExperiences([vines, club], { kind: "all", query: "weber u11" })).toEqual([]);
  });

  it("keeps only the chosen kind, and everything with an empty query", () => {
    expect(titles(filterExperiences([vines, club], { kind: "volunteering", query: "" }))).toEqual([
      "Entraîneur bénévole",
    ]);
    expect(filterExperiences([vines, club], { kind: "all", query: "  " })).toHaveLength(2);
    expect(filterExperiences([vines, club], { kind: "training", query: "" })).toEqual([]);
  });
});
