import { strToU8, zipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import type { SkillfolioDatabase } from "../db/database";
import { applyImport } from "./apply-import";
import { emptyAccount } from "./fixtures/seed";
import { previewImport } from "./import-file";
import { readPortfolio } from "./portfolio-data";
import { linkedInDate, readCsv } from "./read-linkedin";

const BOB = "0190f1d2-0000-7000-8000-0000000000b2";
const opened: SkillfolioDatabase[] = [];
async function account() {
  const database = await emptyAccount(BOB);
  opened.push(database);
  return database;
}
afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

const fixtures = import.meta.glob<string>("./fixtures/linkedin/*.csv", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** The fixture CSVs zipped as LinkedIn does: in a dated folder, next to files we do not read. */
function linkedInExport(): File {
  const folder = "Basic_LinkedInDataExport_03-01-2026";
  const files: Record<string, Uint8Array> = {
    [`${folder}/messages.csv`]: strToU8("CONVERSATION ID,FROM,CONTENT\n1,Someone,Hello\n"),
  };
  for (const [path, text] of Object.entries(fixtures)) {
    files[`${folder}/${path.split("/").pop()}`] = strToU8(text);
  }
  return new File([zipSync(files)], "Basic_LinkedInDataExport_03-01-2026.zip");
}

describe("LinkedIn's dates and CSV files", () => {
  it("reads month-year, year, full and empty dates", () => {
    expect(linkedInDate("Sep 2019")).toBe("2019-09");
    expect(linkedInDate("2015")).toBe("2015");
    expect(linkedInDate("Apr 3, 1990")).toBe("1990-04-03");
    expect(linkedInDate("")).toBeNull();
    expect(linkedInDate("Present")).toBeNull();
  });

  it("skips the notes some files carry above their header", () => {
    const text = 'Notes:\n"When exporting your connection data, you may notice…"\n\nName\nExcel\n';
    expect(readCsv(text, "Name")).toEqual([{ Name: "Excel" }]);
  });
});

describe("importing LinkedIn's data export", () => {
  it("previews positions, education, certifications, projects and volunteering as experiences", async () => {
    const plan = await previewImport(linkedInExport(), await account());
    expect(plan.source).toBe("linkedin");
    const experiences = plan.add.experience.map((e) => e.fields);
    expect(experiences).toEqual([
      expect.objectContaining({
        kind: "job",
        title: "Préparatrice de commandes",
        organisation: "Lidl Polska, Łódź",
        location: "Łódź, Łódzkie, Poland",
        description:
          "Préparation des commandes, chargement des camions.\n• Cariste (CACES 3)\n• Inventaires",
        startDate: "2019-09",
        endDate: null,
      }),
      expect.objectContaining({
        title: "Kommissioniererin",
        organisation: "Straße & Söhne GmbH",
        description: 'Saisonarbeit, "Weihnachtsgeschäft"',
        startDate: "2017-11",
        endDate: "2018-01",
      }),
      expect.objectContaining({
        title: "Café Ελένη",
        location: "Αθήνα",
        startDate: "2015",
        endDate: "2016",
      }),
      expect.objectContaining({
        kind: "volunteering",
        title: "Bénévole collecte",
        organisation: "Banque Alimentaire",
        tags: ["Poverty Alleviation"],
        startDate: "2020-11",
      }),
      expect.objectContaining({
        kind: "education",
        title: "Licence, Histoire",
        organisation: "Uniwersytet Łódzki",
        activities: ["Chór uniwersytecki"],
        startDate: "2010",
        endDate: "2013",
      }),
      expect.objectContaining({
        kind: "education",
        title: "Baccalauréat",
        startDate: null,
        endDate: null,
      }),
      expect.objectContaining({
        kind: "training",
        title: "CACES R489 catégorie 3",
        organisation: "AFTRAL",
        description: "CAC-3-0042",
        startDate: "2021-03",
        endDate: "2026-03",
      }),
      expect.objectContaining({
        kind: "training",
        organisation: "INRS, Paris",
        endDate: "2022-06",
      }),
      expect.objectContaining({
        kind: "project",
        title: "Réorganisation de l’entrepôt",
        startDate: "2022-02",
      }),
    ]);
    expect(plan.unreadable).toEqual([{ where: "Positions.csv #4", reason: "missing-title" }]);
  });

  it("makes skills and languages competencies, once each, with CEFR levels", async () => {
    const plan = await previewImport(linkedInExport(), await account());
    expect(
      plan.add.competency.map((c) => [c.fields.label, c.fields.category, c.fields.level]),
    ).toEqual([
      ["Gestion des stocks", "know-how", null],
      ["Conduite de chariot élévateur", "know-how", null],
      ["Teamwork", "know-how", null],
      ["Polski", "language", 6],
      ["Français", "language", 4],
      ["Deutsch", "language", 2],
      ["Ελληνικά", "language", null],
    ]);
    expect(plan.skipped).toEqual([{ table: "competency", label: "gestion des STOCKS" }]);
  });

  it("fills the profile, writes through the outbox, and adds nothing the second time", async () => {
    const bob = await account();
    const plan = await previewImport(linkedInExport(), bob);
    expect(plan.profile?.fields).toEqual({
      firstName: "Łucja",
      lastName: "Dvořák",
      headline: "Préparatrice de commandes, cariste",
      summary: "Dix ans en logistique.\nPrête à me former : CACES, « gestes et postures ».",
      address: "Ulica Piotrkowska 1, Łódź",
      city: "Łódź, Łódzkie, Poland",
    });
    await applyImport(plan, bob);
    const portfolio = await readPortfolio(bob);
    expect(portfolio.experiences).toHaveLength(9);
    expect(portfolio.competencies).toHaveLength(7);
    expect(portfolio.profile).toMatchObject({ id: BOB, firstName: "Łucja" });
    const outbox = await bob.outbox.count();
    expect(outbox).toBe(9 + 7 + 1);

    const again = await previewImport(linkedInExport(), bob);
    expect(again.add).toEqual({ experience: [], competency: [], proof: [], cv: [] });
    expect(again.profile).toBeNull();
    expect(again.skipped).toHaveLength(9 + 8);
    await applyImport(again, bob);
    expect(await bob.outbox.count()).toBe(outbox);
  });
});
