import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { phone, watchPageErrors } from "./support/browser";
import { journeyEnvironment } from "./support/environment";
import {
  check,
  expectHeading,
  type Person,
  submitSignUp,
  waitForServiceWorkerControl,
} from "./support/journey";

const env = journeyEnvironment();
const person: Person = {
  displayName: "Samia Benali",
  email: `samia-${Date.now()}@example.fr`,
  password: "des vignes sur la colline",
};

const combobox = (page: Page) => page.getByRole("combobox", { name: "Compétence" });
const suggestion = (page: Page, name: RegExp) =>
  page.getByRole("listbox").getByRole("option", { name });

async function startAdding(page: Page) {
  await page.getByRole("link", { name: "Ajouter une compétence" }).click();
  await page.waitForURL("**/competencies/new");
  await expectHeading(page, "Nouvelle compétence");
}

async function save(page: Page, label: string) {
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expectHeading(page, label);
}

async function backToOverview(page: Page) {
  await page.getByRole("link", { name: "Toutes mes compétences" }).click();
  await expectHeading(page, "Compétences");
}

describe("competencies, on a phone with no network", () => {
  it("adds from the reference and as free text, survives a reload, edits, deletes and undoes", async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    const errors = watchPageErrors(page);

    await page.goto(`${env.server.url}/sign-up`);
    await expectHeading(page, "Créer un compte");
    await submitSignUp(page, person);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);

    await page
      .getByRole("navigation")
      .getByRole("link", { name: "Compétences", exact: true })
      .click();
    await page.waitForURL("**/competencies");
    await expectHeading(page, "Compétences");
    await page.getByText("Aucune compétence pour l’instant").waitFor();
    await check(page, "competencies-01-empty");

    // 1. From the reference, typed without the accent, picked with a tap.
    await startAdding(page);
    await combobox(page).pressSequentially("equipe");
    await suggestion(page, /^Travail en équipe/).waitFor();
    expect(await combobox(page).getAttribute("aria-expanded")).toBe("true");
    await check(page, "competencies-02-add-combobox-open");
    await suggestion(page, /^Travail en équipe/).tap();
    expect(await combobox(page).inputValue()).toBe("Travail en équipe");
    expect(await page.getByLabel("Catégorie").inputValue()).toBe("soft-skill");
    await page.getByRole("radio", { name: /Autonome/ }).check();
    await check(page, "competencies-03-add-filled");
    await save(page, "Travail en équipe");
    await check(page, "competencies-04-detail");

    // 2. From the reference, with the keyboard.
    await backToOverview(page);
    await startAdding(page);
    await combobox(page).pressSequentially("vigne");
    const firstVine = page
      .locator("[role=listbox] [role=option]:not(.combobox-option-free)")
      .first();
    // The list answers each keystroke: wait for the answer to the whole word, not to "v".
    const firstLabel = async () =>
      (await firstVine.locator(".combobox-option-label").textContent()) ?? "";
    await expect.poll(firstLabel, { timeout: 10_000 }).toMatch(/vigne/i);
    const vineLabel = await firstLabel();
    await combobox(page).press("ArrowDown");
    await combobox(page).press("Enter");
    expect(await combobox(page).inputValue()).toBe(vineLabel);
    await save(page, vineLabel);

    // 3. Free text.
    await backToOverview(page);
    await startAdding(page);
    await combobox(page).pressSequentially("Réparer des vélos cargo");
    await suggestion(page, /Réparer des vélos cargo.*en texte libre/).tap();
    await page.getByText("Texte libre, hors référentiel.").waitFor();
    await save(page, "Réparer des vélos cargo");

    // 4. A language, on the CEFR scale.
    await backToOverview(page);
    await startAdding(page);
    await combobox(page).pressSequentially("allem");
    await suggestion(page, /^Allemand/).tap();
    await page.getByRole("group", { name: "Mon niveau dans cette langue" }).waitFor();
    await page.getByRole("radio", { name: /B1 · Intermédiaire/ }).check();
    await check(page, "competencies-05-add-language");
    await save(page, "Allemand");
    expect(await page.getByTestId("competency-level").textContent()).toMatch(/^B1 · Intermédiaire/);

    // Everything is still there after a reload, offline.
    await page.goto(`${env.server.url}/competencies`);
    await expectHeading(page, "Compétences");
    expect(await page.getByTestId("competencies-summary").textContent()).toBe(
      "4 compétences, 0 appuyée par une expérience, 0 par un document",
    );
    for (const label of ["Travail en équipe", vineLabel, "Réparer des vélos cargo", "Allemand"]) {
      await page.getByRole("link", { name: label, exact: true }).waitFor();
    }
    await check(page, "competencies-06-overview");

    // Edit the level.
    await page.getByRole("link", { name: "Allemand", exact: true }).click();
    await expectHeading(page, "Allemand");
    await page.getByRole("link", { name: "Modifier" }).click();
    await expectHeading(page, "Modifier la compétence");
    await page.getByRole("radio", { name: /B2 · Indépendant/ }).check();
    await check(page, "competencies-07-edit");
    await save(page, "Allemand");
    expect(await page.getByTestId("competency-level").textContent()).toMatch(/^B2 · Indépendant/);

    // Delete, then undo.
    await page.getByRole("button", { name: "Supprimer" }).click();
    await expectHeading(page, "Compétences");
    await page.getByText(/Allemand.*supprimée/).waitFor();
    expect(await page.getByRole("link", { name: "Allemand", exact: true }).count()).toBe(0);
    await check(page, "competencies-08-deleted-undo");
    await page.getByRole("button", { name: "Annuler" }).click();
    await page.getByRole("link", { name: "Allemand", exact: true }).waitFor();
    expect(await page.getByTestId("competencies-summary").textContent()).toMatch(/^4 compétences/);

    await context.setOffline(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
