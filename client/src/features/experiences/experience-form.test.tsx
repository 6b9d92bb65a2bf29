import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { uuidv7 } from "../../../../shared/ids";
import { experienceSchema } from "../../../../shared/schemas/experience";
import { db } from "../../db/database";
import { readRecords } from "../../db/portfolio";
import { setDeviceOwner } from "../../db/replica-store";
import { renderScreen } from "../../test/render";
import ExperiencesScreen from "./experiences-screen";

beforeEach(async () => {
  await db.delete();
  await db.open();
  await setDeviceOwner(db, uuidv7());
});

const stored = async () => (await readRecords("experience", experienceSchema)).records;
const outbox = () => db.table("outbox").count();
const dateGroup = (name: string) => screen.getByRole("group", { name });
const fill = (element: HTMLElement, value: string) =>
  fireEvent.change(element, { target: { value } });
const save = () => fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));

describe("the experience form", () => {
  it("says what is wrong next to each field, focuses the first, and writes nothing", async () => {
    renderScreen(<ExperiencesScreen />, { path: "/new" });
    const title = await screen.findByRole("textbox", { name: "Intitulé" });
    fill(within(dateGroup("Début")).getByLabelText("Année"), "2021");
    fireEvent.change(within(dateGroup("Début")).getByLabelText("Mois"), {
      target: { value: "09" },
    });
    fill(within(dateGroup("Fin")).getByLabelText("Année"), "2020");
    save();

    await screen.findByText("Donnez un intitulé à cette expérience, par exemple « Vendangeur ».");
    expect(title.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(title);
    const end = screen.getByText("La fin ne peut pas être avant le début (sept. 2021).");
    expect(dateGroup("Fin").getAttribute("aria-describedby")).toContain(end.id);
    expect(await stored()).toEqual([]);
    expect(await outbox()).toBe(0);
  });

  it("refuses pasted invisible characters next to their field, and writes nothing", async () => {
    renderScreen(<ExperiencesScreen />, { path: "/new" });
    const title = await screen.findByRole("textbox", { name: "Intitulé" });
    fill(title, "Chef\u0000 de rang");
    const organisation = screen.getByRole("textbox", { name: "Entreprise, association ou école" });
    fill(organisation, "Brasserie \u202eenoL");
    fill(within(dateGroup("Début")).getByLabelText("Année"), "2021");
    fireEvent.click(screen.getByRole("checkbox", { name: "En cours (pas encore terminée)" }));
    fill(screen.getByRole("textbox", { name: "Mots-clés" }), "service, \udc00salle");
    save();

    const message = (field: HTMLElement) =>
      (field.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent)
        .join(" ");
    await waitFor(() => expect(title.getAttribute("aria-invalid")).toBe("true"));
    expect(message(title)).toContain("caractère de contrôle invisible (U+0000)");
    expect(message(organisation)).toContain("inverse le sens de lecture (U+202E)");
    expect(message(screen.getByRole("textbox", { name: "Mots-clés" }))).toMatch(
      /^Mot-clé «\s\udc00salle\s»\s: Ce texte contient un caractère incomplet \(U\+DC00\)/,
    );
    expect(document.activeElement).toBe(title);
    expect(await stored()).toEqual([]);
    expect(await outbox()).toBe(0);
  });

  it("asks for an end unless the experience is ongoing, and refuses a date that does not exist", async () => {
    renderScreen(<ExperiencesScreen />, { path: "/new" });
    fill(await screen.findByRole("textbox", { name: "Intitulé" }), "Cariste");
    fill(within(dateGroup("Début")).getByLabelText("Année"), "2023");
    fireEvent.change(within(dateGroup("Début")).getByLabelText("Mois"), {
      target: { value: "02" },
    });
    fireEvent.change(within(dateGroup("Début")).getByLabelText("Jour"), {
      target: { value: "30" },
    });
    save();
    await screen.findByText(/^Cette date n’existe pas :/);
    screen.getByText("Indiquez au moins l’année de fin, ou cochez « En cours ».");
    expect(await stored()).toEqual([]);
  });

  it("saves a partial date and its activities in order, then shows the experience", async () => {
    const { location } = renderScreen(<ExperiencesScreen />, { path: "/new" });
    fireEvent.change(await screen.findByRole("combobox", { name: "Type d’expérience" }), {
      target: { value: "volunteering" },
    });
    fill(screen.getByRole("textbox", { name: "Intitulé" }), "  Bénévole à l’épicerie  ");
    fill(screen.getByRole("textbox", { name: "Entreprise, association ou école" }), "Resto");
    fill(within(dateGroup("Début")).getByLabelText("Année"), "2021");
    fireEvent.change(within(dateGroup("Début")).getByLabelText("Mois"), {
      target: { value: "09" },
    });
    fireEvent.click(screen.getByRole("checkbox", { name: "En cours (pas encore terminée)" }));
    fireEvent.click(screen.getByRole("button", { name: "Ajouter une ligne" }));
    fill(screen.getByRole("textbox", { name: "Activité 1" }), "Accueillir les familles");
    fireEvent.click(screen.getByRole("button", { name: "Ajouter une ligne" }));
    fill(screen.getByRole("textbox", { name: "Activité 2" }), "Ranger le stock");
    fireEvent.click(screen.getByRole("button", { name: "Ajouter une ligne" }));
    fireEvent.click(screen.getByRole("button", { name: "Monter l’activité 2" }));
    fill(screen.getByRole("textbox", { name: "Mots-clés" }), "aide, accueil, Aide");
    save();

    await screen.findByRole("heading", { level: 1, name: "Bénévole à l’épicerie" });
    const [experience] = await stored();
    expect(experience).toMatchObject({
      kind: "volunteering",
      title: "Bénévole à l’épicerie",
      organisation: "Resto",
      startDate: "2021-09",
      endDate: null,
      activities: ["Ranger le stock", "Accueillir les familles"],
      tags: ["aide", "accueil"],
    });
    expect(location.history?.at(-1)).toBe(`/${experience?.id}`);
    expect(screen.getByTestId("experience-dates").textContent).toBe("depuis sept. 2021");
  });

  it("edits an experience: the changed field only, back to its page", async () => {
    renderScreen(<ExperiencesScreen />, { path: "/new" });
    fill(await screen.findByRole("textbox", { name: "Intitulé" }), "Vendeuse");
    fill(within(dateGroup("Début")).getByLabelText("Année"), "2016");
    fill(within(dateGroup("Fin")).getByLabelText("Année"), "2019");
    save();
    await screen.findByRole("heading", { level: 1, name: "Vendeuse" });
    fireEvent.click(screen.getByRole("link", { name: "Modifier" }));
    const title = await screen.findByRole("textbox", { name: "Intitulé" });
    expect((title as HTMLInputElement).value).toBe("Vendeuse");
    fill(title, "Vendeuse en boulangerie");
    save();
    await screen.findByRole("heading", { level: 1, name: "Vendeuse en boulangerie" });
    const records = await stored();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ startDate: "2016", endDate: "2019" });
    await waitFor(async () => expect(await outbox()).toBe(2));
  });
});
