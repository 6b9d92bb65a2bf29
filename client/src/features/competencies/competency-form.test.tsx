import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { uuidv7 } from "../../../../shared/ids";
import { competencySchema } from "../../../../shared/schemas/competency";
import { db } from "../../db/database";
import { readRecords, saveRecord } from "../../db/portfolio";
import { setDeviceOwner } from "../../db/replica-store";
import { createDeviceReference, setDeviceReference } from "../../reference/device-reference";
import { renderScreen } from "../../test/render";
import CompetenciesScreen from "./competencies-screen";

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

afterEach(() => {
  setDeviceReference(null);
});

const combobox = () => screen.getByRole("combobox", { name: "Compétence" });

/** Types into the field and waits for the reference's answer (more than the free-text option). */
async function typeInCombobox(text: string) {
  const input = await screen.findByRole("combobox", { name: "Compétence" });
  fireEvent.change(input, { target: { value: text } });
  await waitFor(() => expect(suggestions().length).toBeGreaterThan(1));
  return input;
}

const suggestions = () => within(screen.getByRole("listbox")).getAllByRole("option");
const key = (element: HTMLElement, name: string) => fireEvent.keyDown(element, { key: name });
const storedCompetencies = async () => (await readRecords("competency", competencySchema)).records;

describe("adding a competency", () => {
  it("moves through the suggestions with the arrows, closes with Escape, picks with Enter", async () => {
    renderScreen(<CompetenciesScreen />, { path: "/new" });
    const input = await typeInCombobox("equipe");
    expect(input.getAttribute("aria-expanded")).toBe("true");
    expect(input.getAttribute("aria-activedescendant")).toBeNull();
    const options = suggestions();
    expect(options[0]?.textContent).toMatch(/^Travail en équipe/);
    expect(options.at(-1)?.textContent).toMatch(/Ajouter « equipe » en texte libre/);

    key(input, "ArrowDown");
    expect(input.getAttribute("aria-activedescendant")).toBe(options[0]?.id);
    expect(options[0]?.getAttribute("aria-selected")).toBe("true");
    key(input, "ArrowDown");
    expect(input.getAttribute("aria-activedescendant")).toBe(suggestions()[1]?.id);
    key(input, "ArrowUp");
    key(input, "ArrowUp");
    expect(input.getAttribute("aria-activedescendant")).toBe(suggestions().at(-1)?.id);

    key(input, "Escape");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect((input as HTMLInputElement).value).toBe("equipe");

    key(input, "ArrowDown");
    await waitFor(() => expect(suggestions()[0]?.textContent).toMatch(/^Travail en équipe/));
    key(input, "Enter");
    expect((input as HTMLInputElement).value).toBe("Travail en équipe");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect((screen.getByLabelText("Catégorie") as HTMLSelectElement).value).toBe("soft-skill");
    expect(screen.getByText(/Compétence tirée du référentiel Skillfolio/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    await waitFor(async () => expect(await storedCompetencies()).toHaveLength(1));
    const [saved] = await storedCompetencies();
    expect(saved?.label).toBe("Travail en équipe");
    expect(saved?.category).toBe("soft-skill");
    expect(saved?.reference).toEqual({ scheme: "skillfolio", code: "sf.soft.teamwork", uri: null });
  });

  it("shows the synonym a suggestion was found by, and a tap picks it", async () => {
    renderScreen(<CompetenciesScreen />, { path: "/new" });
    await typeInCombobox("esprit d'equ");
    const option = await within(screen.getByRole("listbox", { hidden: true })).findByRole(
      "option",
      { name: /Travail en équipe/ },
    );
    expect(option.textContent).toMatch(/trouvé par « esprit d'équipe »/i);
    fireEvent.mouseDown(option);
    fireEvent.click(option);
    expect((combobox() as HTMLInputElement).value).toBe("Travail en équipe");
  });

  it("keeps the typed words as free text", async () => {
    renderScreen(<CompetenciesScreen />, { path: "/new" });
    const input = await screen.findByRole("combobox", { name: "Compétence" });
    fireEvent.change(input, { target: { value: "Réparer des vélos cargo" } });
    await within(screen.getByRole("listbox", { hidden: true })).findByRole("option", {
      name: /texte libre/,
    });
    key(input, "ArrowUp");
    expect(suggestions().at(-1)?.getAttribute("aria-selected")).toBe("true");
    key(input, "Enter");
    expect(screen.getByText("Texte libre, hors référentiel.")).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: /Autonome/ }));
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    await waitFor(async () => expect(await storedCompetencies()).toHaveLength(1));
    const [saved] = await storedCompetencies();
    expect(saved).toMatchObject({ label: "Réparer des vélos cargo", reference: null, level: 3 });
  });

  it("offers the four plain levels, and the six CEFR levels for a language", async () => {
    renderScreen(<CompetenciesScreen />, { path: "/new" });
    const levels = await screen.findByRole("group", { name: "Mon niveau" });
    const plain = within(levels).getAllByRole("radio");
    expect(plain).toHaveLength(5);
    expect(levels.textContent).toContain("Je le fais seul·e dans des situations simples.");

    fireEvent.change(screen.getByLabelText("Catégorie"), { target: { value: "language" } });
    const cefr = screen.getByRole("group", { name: "Mon niveau dans cette langue" });
    expect(within(cefr).getAllByRole("radio")).toHaveLength(7);
    expect(within(cefr).getByRole("radio", { name: /B2 · Indépendant/ })).toBeTruthy();
    expect(cefr.textContent).toContain("Je me débrouille au quotidien");
  });

  it("says what is wrong next to the field and writes nothing", async () => {
    renderScreen(<CompetenciesScreen />, { path: "/new" });
    fireEvent.click(await screen.findByRole("button", { name: "Enregistrer" }));
    const input = combobox();
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const described = (input.getAttribute("aria-describedby") ?? "").split(" ");
    expect(document.getElementById(described[0] ?? "")?.textContent).toBe(
      "Indiquez la compétence.",
    );
    expect(document.activeElement).toBe(input);

    fireEvent.change(input, { target: { value: "Soudure" } });
    fireEvent.change(screen.getByLabelText(/^Note/), { target: { value: "x".repeat(2001) } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    expect(await screen.findByText(/2\s000 caractères au maximum/)).toBeTruthy();

    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await db.competency.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it("refuses a pasted NUL in the competency's name next to the field, and writes nothing", async () => {
    renderScreen(<CompetenciesScreen />, { path: "/new" });
    const input = await screen.findByRole("combobox", { name: "Compétence" });
    fireEvent.change(input, { target: { value: "Soudure\u0000" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    await waitFor(() => expect(input.getAttribute("aria-invalid")).toBe("true"));
    const described = (input.getAttribute("aria-describedby") ?? "").split(" ");
    expect(document.getElementById(described[0] ?? "")?.textContent).toMatch(
      /^Ce texte contient un caractère de contrôle invisible \(U\+0000\)/,
    );
    expect(await db.competency.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it("warns when the competency is already there and offers to open it", async () => {
    const existing = await saveRecord("competency", null, {
      label: "Travail en équipe",
      reference: { scheme: "skillfolio", code: "sf.soft.teamwork", uri: null },
      category: "soft-skill",
      level: 2,
      note: "",
      evidence: { experienceIds: [], proofIds: [] },
    });
    const { location } = renderScreen(<CompetenciesScreen />, { path: "/new" });
    const input = await typeInCombobox("TRAVAIL EN EQUIPE");
    expect(await screen.findByText("Vous avez déjà la compétence « Travail en équipe »."));
    key(input, "Escape");
    fireEvent.click(screen.getByRole("link", { name: "Ouvrir celle-ci à la place" }));
    await waitFor(() => expect(location.history?.at(-1)).toBe(`/${existing}`));
  });

  it("starts linked to the experience named in the address", async () => {
    const experienceId = await saveRecord("experience", null, {
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
    renderScreen(<CompetenciesScreen />, { path: `/new?experience=${experienceId}` });
    const box = await screen.findByRole("checkbox", { name: /Ouvrier viticole/ });
    expect((box as HTMLInputElement).checked).toBe(true);
  });
});
