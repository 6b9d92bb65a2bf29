import { fireEvent, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { uuidv7 } from "../../../../shared/ids";
import { competencySchema } from "../../../../shared/schemas/competency";
import { db } from "../../db/database";
import { readRecord, saveRecord } from "../../db/portfolio";
import { setDeviceOwner } from "../../db/replica-store";
import { renderScreen } from "../../test/render";
import CompetenciesScreen from "./competencies-screen";

let competencyId: string;
let experienceId: string;

beforeEach(async () => {
  await db.delete();
  await db.open();
  await setDeviceOwner(db, uuidv7());
  experienceId = await saveRecord("experience", null, {
    kind: "job",
    title: "Ouvrier viticole",
    organisation: "Domaine Weber",
    location: "",
    startDate: "2022",
    endDate: null,
    description: "",
    activities: [],
    tags: [],
  });
  competencyId = await saveRecord("competency", null, {
    label: "Allemand",
    reference: { scheme: "skillfolio", code: "sf.lang.de", uri: null },
    category: "language",
    level: 4,
    note: "",
    evidence: { experienceIds: [], proofIds: [] },
  });
});

describe("a competency's page", () => {
  it("shows the CEFR level in words, links evidence, and the overview counts it", async () => {
    const { location } = renderScreen(<CompetenciesScreen />, { path: `/${competencyId}` });
    expect((await screen.findByTestId("competency-level")).textContent).toMatch(
      /^B2 · Indépendant/,
    );
    expect(screen.getByText("Déclarée", { selector: ".backing" })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Relier « Ouvrier viticole »" }));
    const link = await screen.findByRole("link", { name: "Ouvrier viticole" });
    expect(link.getAttribute("href")).toBe(`/experiences/${experienceId}`);
    expect(screen.getByText("Appuyée par une expérience", { selector: ".backing" })).toBeTruthy();

    fireEvent.click(screen.getByRole("link", { name: "Toutes mes compétences" }));
    await waitFor(() => expect(location.history?.at(-1)).toBe("/"));
    expect((await screen.findByTestId("competencies-summary")).textContent).toBe(
      "1 compétence, 1 appuyée par une expérience, 0 par un document",
    );
  });

  it("deletes with an undo that brings the competency back exactly", async () => {
    const { location } = renderScreen(<CompetenciesScreen />, { path: `/${competencyId}` });
    fireEvent.click(await screen.findByRole("button", { name: "Supprimer" }));
    await waitFor(() => expect(location.history?.at(-1)).toBe("/"));
    const status = await screen.findByText("« Allemand » supprimée.");
    expect(status.closest("[role=status]")).toBeTruthy();
    expect((await readRecord("competency", competencySchema, competencyId))?.deleted).toBe(true);

    fireEvent.click(screen.getByRole("button", { name: "Annuler" }));
    await screen.findByRole("link", { name: "Allemand" });
    const restored = await readRecord("competency", competencySchema, competencyId);
    expect(restored).toMatchObject({ deleted: false, label: "Allemand", level: 4 });
  });
});
