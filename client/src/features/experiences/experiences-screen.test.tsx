import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { uuidv7 } from "../../../../shared/ids";
import { competencySchema } from "../../../../shared/schemas/competency";
import { type ExperienceFields, experienceSchema } from "../../../../shared/schemas/experience";
import { db } from "../../db/database";
import { readRecord, readRecords, saveRecord } from "../../db/portfolio";
import { setDeviceOwner } from "../../db/replica-store";
import { createDeviceReference, setDeviceReference } from "../../reference/device-reference";
import { renderScreen } from "../../test/render";
import { fieldsOf } from "./experience-data";
import ExperiencesScreen from "./experiences-screen";

const offline = async (): Promise<Response> => {
  throw new TypeError("Failed to fetch");
};

beforeEach(async () => {
  await db.delete();
  await db.open();
  await setDeviceOwner(db, uuidv7());
  setDeviceReference(
    createDeviceReference({ locale: "fr", database: db, fetchReference: offline }),
  );
});

afterEach(() => setDeviceReference(null));

const base: ExperienceFields = {
  kind: "job",
  title: "",
  organisation: "",
  location: "",
  startDate: null,
  endDate: null,
  description: "",
  activities: [],
  tags: [],
};
const addExperience = (fields: Partial<ExperienceFields> & { title: string }) =>
  saveRecord("experience", null, { ...base, ...fields });

describe("the experiences timeline", () => {
  it("invites to add the first experience, or to be guided", async () => {
    renderScreen(<ExperiencesScreen />);
    await screen.findByText("Aucune expérience pour l’instant");
    expect(screen.getByRole("link", { name: "Me laisser guider" }).getAttribute("href")).toBe(
      "/guided",
    );
    expect(screen.getByRole("link", { name: /Ajouter une expérience/ }).getAttribute("href")).toBe(
      "/new",
    );
  });

  it("lists by date with counts of backing competencies, filters by kind and searches", async () => {
    const cariste = await addExperience({
      title: "Cariste",
      startDate: "2021-09",
      organisation: "Logistique Est",
    });
    await addExperience({ title: "Vendanges", startDate: "2019-09", endDate: "2019-10" });
    await addExperience({
      kind: "volunteering",
      title: "Entraîneur",
      startDate: "2015",
      endDate: "2018",
    });
    await saveRecord("competency", null, {
      label: "Conduite de chariot",
      reference: null,
      category: "know-how",
      level: null,
      note: "",
      evidence: { experienceIds: [cariste], proofIds: [] },
    });
    renderScreen(<ExperiencesScreen />);

    const count = await screen.findByTestId("experiences-count");
    expect(count.textContent).toBe("3 expériences");
    const cards = screen.getAllByRole("listitem");
    expect(cards.map((card) => within(card).getByRole("link").textContent)).toEqual([
      "Cariste",
      "Vendanges",
      "Entraîneur",
    ]);
    expect(cards[0]?.textContent).toContain("depuis sept. 2021");
    expect(cards[0]?.textContent).toContain("1 compétence reliée");
    expect(cards[1]?.textContent).toContain("sept. 2019 – oct. 2019");
    expect(cards[1]?.textContent).toContain("Aucune compétence reliée");
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "En cours",
      "2019",
      "2018",
    ]);

    const volunteering = screen.getByRole("button", { name: "Bénévolat" });
    fireEvent.click(volunteering);
    expect(volunteering.getAttribute("aria-pressed")).toBe("true");
    expect(count.textContent).toBe("1 expérience affichée sur 3");
    fireEvent.click(screen.getByRole("button", { name: "Toutes" }));
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "LOGISTIQUE" } });
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "piano" } });
    screen.getByText("Aucune expérience ne correspond à cette recherche.");
  });
});

describe("an experience's page", () => {
  it("links and unlinks existing competencies, and offers a new one for this experience", async () => {
    const id = await addExperience({ title: "Vendanges", startDate: "2019", endDate: "2019" });
    const competency = await saveRecord("competency", null, {
      label: "Travail en équipe",
      reference: null,
      category: "soft-skill",
      level: null,
      note: "",
      evidence: { experienceIds: [], proofIds: [] },
    });
    renderScreen(<ExperiencesScreen />, { path: `/${id}` });
    await screen.findByText("Aucune compétence reliée. Reliez celles que cette expérience montre.");
    expect(
      screen
        .getByRole("link", { name: "Nouvelle compétence pour cette expérience" })
        .getAttribute("href"),
    ).toBe(`/competencies/new?experience=${id}`);

    fireEvent.click(screen.getByRole("button", { name: "Relier ou délier des compétences" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Travail en équipe" }));
    const link = await screen.findByRole("link", { name: "Travail en équipe" });
    expect(link.getAttribute("href")).toBe(`/competencies/${competency}`);
    expect(
      (await readRecord("competency", competencySchema, competency))?.evidence.experienceIds,
    ).toEqual([id]);

    fireEvent.click(screen.getByRole("checkbox", { name: "Travail en équipe" }));
    await waitFor(() =>
      expect(screen.queryByRole("link", { name: "Travail en équipe" })).toBeNull(),
    );
  });

  it("deletes with an undo that brings the experience back exactly", async () => {
    const id = await addExperience({
      title: "Vendanges",
      startDate: "2019-09",
      endDate: "2019-10",
      activities: ["Couper le raisin"],
    });
    const before = await readRecord("experience", experienceSchema, id);
    const { location } = renderScreen(<ExperiencesScreen />, { path: `/${id}` });
    fireEvent.click(await screen.findByRole("button", { name: "Supprimer" }));
    await waitFor(() => expect(location.history?.at(-1)).toBe("/"));
    const status = await screen.findByText("« Vendanges » supprimée.");
    expect(status.closest("[role=status]")).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Vendanges" })).toBeNull();
    expect((await readRecord("experience", experienceSchema, id))?.deleted).toBe(true);

    fireEvent.click(screen.getByRole("button", { name: "Annuler" }));
    await screen.findByRole("link", { name: "Vendanges" });
    const restored = await readRecord("experience", experienceSchema, id);
    expect(restored && fieldsOf(restored)).toEqual(before && fieldsOf(before));
    expect(restored?.deleted).toBe(false);
    expect(screen.queryByText("« Vendanges » supprimée.")).toBeNull();
  });
});

describe("the guided entry", () => {
  it("asks one question per step, shows the result, saves it and adds the chosen competencies", async () => {
    const { location } = renderScreen(<ExperiencesScreen />, { path: "/guided" });
    await screen.findByRole("heading", { level: 1, name: "Quel genre d’expérience\u00a0?" });
    expect(screen.getByTestId("guided-progress").textContent).toBe("Étape 1 sur 6");
    fireEvent.click(screen.getByRole("button", { name: /^Emploi/ }));

    await screen.findByRole("heading", { level: 1, name: "Qu’avez-vous fait, et où\u00a0?" });
    expect(screen.getByTestId("guided-progress").textContent).toBe("Étape 2 sur 6");
    const next = () => fireEvent.click(screen.getByRole("button", { name: "Suivant" }));
    next();
    await screen.findByText(/^Donnez un intitulé/);
    fireEvent.change(screen.getByRole("textbox", { name: "Votre rôle ou l’activité" }), {
      target: { value: "Vendangeur" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: /Chez qui/ }), {
      target: { value: "Domaine Weber" },
    });
    next();

    await screen.findByRole("heading", { level: 1, name: "Quand\u00a0?" });
    const start = screen.getByRole("group", { name: "J’ai commencé en" });
    fireEvent.change(within(start).getByLabelText("Année"), { target: { value: "2019" } });
    fireEvent.change(within(start).getByLabelText("Mois"), { target: { value: "09" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "C’est toujours en cours" }));
    next();

    await screen.findByRole("heading", { level: 1, name: "Quelle était la situation\u00a0?" });
    fireEvent.change(screen.getByRole("textbox", { name: "La situation" }), {
      target: { value: "Une saison en Champagne." },
    });
    next();
    await screen.findByRole("heading", { level: 1, name: "Qu’avez-vous fait\u00a0?" });
    fireEvent.change(screen.getByRole("textbox", { name: "Action 1" }), {
      target: { value: "Couper le raisin" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Ajouter une ligne" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Action 2" }), {
      target: { value: "Travailler en équipe" },
    });
    next();
    await screen.findByRole("heading", { level: 1, name: /^Qu’est-ce que cela a donné/ });
    fireEvent.change(screen.getByRole("textbox", { name: "Le résultat" }), {
      target: { value: "Rappelé l’année suivante." },
    });
    next();

    await screen.findByRole("heading", { level: 1, name: "Vérifiez votre expérience" });
    expect(screen.getByTestId("review-description").textContent).toBe(
      "Une saison en Champagne.\n\nCe que j’en retire\u00a0: Rappelé l’année suivante.",
    );
    expect(
      within(screen.getByTestId("review-activities"))
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Couper le raisin", "Travailler en équipe"]);
    expect(await readRecords("experience", experienceSchema)).toEqual({
      records: [],
      unreadable: 0,
    });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer cette expérience" }));

    await screen.findByRole("heading", { level: 1, name: "Des compétences pour cette expérience" });
    const vendanges = await screen.findByRole("checkbox", { name: /^Vendanges/ });
    fireEvent.click(vendanges);
    fireEvent.click(screen.getByRole("checkbox", { name: /^Travail en équipe/ }));
    fireEvent.click(screen.getByRole("button", { name: "Ajouter 2 compétences" }));

    await screen.findByRole("heading", { level: 1, name: "Vendangeur" });
    const [experience] = (await readRecords("experience", experienceSchema)).records;
    expect(experience).toMatchObject({
      kind: "job",
      title: "Vendangeur",
      organisation: "Domaine Weber",
      startDate: "2019-09",
      endDate: null,
      activities: ["Couper le raisin", "Travailler en équipe"],
    });
    expect(location.history?.at(-1)).toBe(`/${experience?.id}`);
    const competencies = (await readRecords("competency", competencySchema)).records;
    expect(competencies.map((competency) => competency.label).sort()).toEqual([
      "Travail en équipe",
      "Vendanges",
    ]);
    for (const competency of competencies) {
      expect(competency.evidence.experienceIds).toEqual([experience?.id]);
      expect(competency.reference?.scheme).toBe("skillfolio");
    }
    await screen.findByRole("link", { name: "Vendanges" });
  });
});
