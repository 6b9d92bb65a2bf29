import { describe, expect, it } from "vitest";
import { buildCvDocument, buildPortfolioDocument } from "./cv-document";
import { formatPeriod } from "./dates";
import { documentLabels } from "./labels";
import { competency, experience, sampleCvPortfolio } from "./testing/sample-portfolio";

describe("dates", () => {
  const fr = documentLabels("fr");
  const en = documentLabels("en");
  it("prints an ongoing period with its start month and 'aujourd'hui' / 'present'", () => {
    expect(formatPeriod("2019-09", null, fr)).toBe("sept. 2019 – aujourd'hui");
    expect(formatPeriod("2019-09", null, en)).toBe("Sep 2019 – present");
  });
  it("keeps each end as precise as it was given", () => {
    expect(formatPeriod("2019", "2021-03-15", fr)).toBe("2019 – 15 mars 2021");
    expect(formatPeriod("2019-12-01", "2020", en)).toBe("1 Dec 2019 – 2020");
    expect(formatPeriod(null, "2020-06", en)).toBe("Jun 2020");
    expect(formatPeriod("2020", "2020", en)).toBe("2020");
  });
});

describe("the CV document", () => {
  it("holds only the selected experiences and competencies, in the CV's order", () => {
    const { records, cv } = sampleCvPortfolio();
    const [first, second, third] = records.experiences;
    const chosen = { ...cv, experienceIds: [third?.id ?? "", first?.id ?? ""], competencyIds: [] };
    const model = buildCvDocument(chosen, records);
    const experience = model.sections.find((section) => section.kind === "experience");
    expect(experience?.entries.map((entry) => entry.key)).toEqual([third?.id, first?.id]);
    const keys = model.sections.flatMap((section) => section.entries.map((entry) => entry.key));
    expect(keys).not.toContain(second?.id);
    expect(model.sections.some((section) => section.kind === "competencies")).toBe(false);
  });

  it("puts education first when the person put an education entry first", () => {
    const records = sampleCvPortfolio().records;
    const school = experience({ kind: "education", title: "CAP" });
    const job = experience({ kind: "job", title: "Boulangère" });
    const model = buildCvDocument(
      { ...sampleCvPortfolio().cv, experienceIds: [school.id, job.id], competencyIds: [] },
      { ...records, experiences: [job, school] },
    );
    expect(model.sections.map((section) => section.kind)).toEqual([
      "summary",
      "education",
      "experience",
      "languages",
    ]);
  });

  it("groups competencies by category with their level words, languages with CEFR", () => {
    const { records, cv } = sampleCvPortfolio();
    const model = buildCvDocument({ ...cv, language: "en" }, records);
    const skills = model.sections.find((section) => section.kind === "competencies");
    expect(skills?.heading).toBe("Skills");
    expect(skills?.entries.map((entry) => entry.title)).toEqual([
      "Know-how",
      "Soft skills",
      "Digital",
      "Knowledge",
      "Other",
    ]);
    expect(skills?.entries[0]?.bullets[0]).toBe("Pâte feuilletée · Expert");
    const languages = model.sections.find((section) => section.kind === "languages");
    expect(languages?.entries.map((entry) => [entry.title, entry.subtitle])).toEqual([
      ["Français", "Native language"],
      ["Ελληνικά", "C1 · Advanced"],
      ["Anglais", "B2 · Upper intermediate"],
      ["Polski", "A2 · Elementary"],
    ]);
  });

  it("takes the account's name while the profile has none, and the profile's once it has one", () => {
    const { records, cv } = sampleCvPortfolio();
    const named = buildCvDocument(cv, { ...records, accountName: "Zofia" });
    expect(named.person.name).toBe(
      `${records.profile?.firstName} ${records.profile?.lastName}`.trim(),
    );
    const unnamed = buildCvDocument(cv, { ...records, profile: null, accountName: " Zofia " });
    expect(unnamed.person.name).toBe("Zofia");
    const anonymous = buildCvDocument(cv, { ...records, profile: null });
    expect(anonymous.person.name).toBe("");
  });

  it("uses the CV's headline and summary over the profile's", () => {
    const { records, cv } = sampleCvPortfolio();
    const model = buildCvDocument({ ...cv, headline: "Pâtissière", summary: "Court." }, records);
    expect(model.person.headline).toBe("Pâtissière");
    expect(model.sections[0]?.entries[0]?.lines).toEqual(["Court."]);
    expect(model.title).toBe("Boulangerie Lyon – Ελένη Dvořák-Straße");
  });

  it("skips deleted records even when the CV still names them", () => {
    const { records, cv } = sampleCvPortfolio();
    const gone = experience({ title: "Supprimée", deleted: true });
    const model = buildCvDocument(
      { ...cv, experienceIds: [gone.id] },
      { ...records, experiences: [gone] },
    );
    expect(JSON.stringify(model)).not.toContain("Supprimée");
  });
});

describe("the portfolio document", () => {
  it("lists every competency with the experiences and annexed proofs that back it", () => {
    const job = experience({ title: "Boulangère", organisation: "Maison Čapek" });
    const tig = competency({
      label: "Soudure",
      level: 3,
      evidence: { experienceIds: [job.id], proofIds: [] },
    });
    const lone = competency({ label: "Tableur", category: "digital" });
    const model = buildPortfolioDocument(
      { profile: null, experiences: [job], competencies: [tig, lone], proofs: [] },
      "fr",
    );
    const evidence = model.sections.find((section) => section.kind === "evidence");
    expect(evidence?.entries[0]).toMatchObject({
      title: "Soudure",
      subtitle: "Savoir-faire · Autonome",
      bullets: ["Mis en œuvre : Boulangère (Maison Čapek)"],
    });
    expect(evidence?.entries[1]?.lines).toEqual(["Aucune preuve liée pour l'instant."]);
  });
});
