import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, phone, screenshot, watchPageErrors } from "./support/browser";
import {
  check,
  expectHeading,
  type Person,
  signUp,
  waitForServiceWorkerControl,
} from "./support/journey";
import { type RunningServer, startServer } from "./support/server";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const person: Person = {
  displayName: "Karim Haddad",
  email: `karim-${Date.now()}@example.fr`,
  password: "des vendanges en septembre",
};

const next = (page: Page) => page.getByRole("button", { name: "Suivant" }).click();
const progress = (page: Page) => page.getByTestId("guided-progress").textContent();
const dateGroup = (page: Page, name: string) => page.getByRole("group", { name, exact: true });

async function backToList(page: Page) {
  await page.getByRole("link", { name: "Toutes mes expériences" }).click();
  await expectHeading(page, "Expériences");
}

describe("experiences, on a phone with no network", () => {
  it("adds through guided entry and the form, survives a reload, edits, deletes and undoes", async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const errors = watchPageErrors(page);

    await signUp(page, server.url, person);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);

    await expectHeading(page, "Expériences");
    await page.getByText("Aucune expérience pour l’instant").waitFor();
    await check(page, "experiences-01-empty");

    // Guided entry: one question per screen.
    await page.getByRole("link", { name: "Me laisser guider" }).click();
    await page.waitForURL("**/experiences/guided");
    await expectHeading(page, "Quel genre d’expérience ?");
    expect(await progress(page)).toBe("Étape 1 sur 6");
    await check(page, "experiences-02-guided-kind");
    await page.getByRole("button", { name: /^Emploi/ }).tap();

    await expectHeading(page, "Qu’avez-vous fait, et où ?");
    expect(await progress(page)).toBe("Étape 2 sur 6");
    await page.getByLabel("Votre rôle ou l’activité", { exact: true }).fill("Vendangeur");
    await page.getByLabel(/Chez qui/).fill("Domaine Weber");
    await page.getByLabel("Dans quelle ville", { exact: true }).fill("Épernay");
    await check(page, "experiences-03-guided-what");
    await next(page);

    await expectHeading(page, "Quand ?");
    await next(page);
    await page.getByText("Indiquez au moins l’année de début.").waitFor();
    await dateGroup(page, "J’ai commencé en").getByLabel("Année").fill("2019");
    await dateGroup(page, "J’ai commencé en").getByLabel("Mois").selectOption("09");
    await dateGroup(page, "J’ai fini en").getByLabel("Année").fill("2019");
    await dateGroup(page, "J’ai fini en").getByLabel("Mois").selectOption("10");
    await check(page, "experiences-04-guided-when");
    await next(page);

    await expectHeading(page, "Quelle était la situation ?");
    await page
      .getByLabel("La situation", { exact: true })
      .fill("Une saison de vendanges en Champagne, dans une équipe de vingt personnes.");
    await check(page, "experiences-05-guided-situation");
    await next(page);

    await expectHeading(page, "Qu’avez-vous fait ?");
    await page.getByLabel("Action 1", { exact: true }).fill("Couper le raisin à la main");
    await page.getByRole("button", { name: "Ajouter une ligne" }).tap();
    await page.getByLabel("Action 2", { exact: true }).fill("Travailler en équipe");
    await check(page, "experiences-06-guided-actions");
    await next(page);

    await expectHeading(page, "Qu’est-ce que cela a donné ? Qu’avez-vous appris ?");
    await page
      .getByLabel("Le résultat", { exact: true })
      .fill("Le domaine m’a rappelé l’année suivante.");
    await check(page, "experiences-07-guided-result");
    await next(page);

    await expectHeading(page, "Vérifiez votre expérience");
    expect(await page.getByTestId("review-description").textContent()).toBe(
      "Une saison de vendanges en Champagne, dans une équipe de vingt personnes.\n\nCe que j’en retire\u00a0: Le domaine m’a rappelé l’année suivante.",
    );
    await check(page, "experiences-08-guided-review");
    await page.getByRole("button", { name: "Enregistrer cette expérience" }).tap();

    await expectHeading(page, "Des compétences pour cette expérience");
    const vendanges = page.getByRole("checkbox", { name: /^Vendanges/ });
    await vendanges.waitFor();
    await check(page, "experiences-09-guided-suggestions");
    await vendanges.check();
    await page.getByRole("checkbox", { name: /^Travail en équipe/ }).check();
    await page.getByRole("button", { name: "Ajouter 2 compétences" }).tap();

    await expectHeading(page, "Vendangeur");
    await page.getByRole("link", { name: "Vendanges", exact: true }).waitFor();
    await page.getByRole("link", { name: "Travail en équipe", exact: true }).waitFor();
    expect(await page.getByTestId("experience-dates").textContent()).toBe("sept. 2019 – oct. 2019");
    await check(page, "experiences-10-detail");

    // The form: errors first, then a partial date (year and month) and an ongoing end.
    await backToList(page);
    await page.getByRole("link", { name: "Ajouter une expérience" }).tap();
    await expectHeading(page, "Nouvelle expérience");
    await page.getByRole("button", { name: "Enregistrer" }).tap();
    await page.getByText(/^Donnez un intitulé/).waitFor();
    expect(await page.evaluate("document.activeElement.name")).toBe("title");
    await check(page, "experiences-11-form-errors");

    await page.getByLabel("Type d’expérience").selectOption("volunteering");
    await page.getByLabel("Intitulé", { exact: true }).fill("Bénévole à l’épicerie solidaire");
    await page.getByLabel("Entreprise, association ou école").fill("Épicerie du Partage");
    await page.getByLabel("Lieu", { exact: true }).fill("Reims");
    await dateGroup(page, "Début").getByLabel("Année").fill("2021");
    await dateGroup(page, "Début").getByLabel("Mois").selectOption("09");
    await page.getByLabel("En cours (pas encore terminée)").check();
    await page.getByLabel("Description", { exact: true }).fill("Deux matinées par semaine.");
    await page.getByRole("button", { name: "Ajouter une ligne" }).tap();
    await page.getByLabel("Activité 1", { exact: true }).fill("Accueillir les familles");
    await page.getByRole("button", { name: "Ajouter une ligne" }).tap();
    await page.getByLabel("Activité 2", { exact: true }).fill("Ranger le stock");
    await page.getByRole("button", { name: "Monter l’activité 2" }).tap();
    await page.getByLabel("Mots-clés", { exact: true }).fill("accueil, logistique");
    await check(page, "experiences-12-form-filled");
    await page.getByRole("button", { name: "Enregistrer" }).tap();
    await expectHeading(page, "Bénévole à l’épicerie solidaire");
    expect(await page.getByTestId("experience-dates").textContent()).toBe("depuis sept. 2021");
    expect(await page.locator(".experience-activities li").allTextContents()).toEqual([
      "Ranger le stock",
      "Accueillir les familles",
    ]);

    // Everything is still there after a reload, offline.
    await page.goto(`${server.url}/experiences`);
    await expectHeading(page, "Expériences");
    expect(await page.getByTestId("experiences-count").textContent()).toBe("2 expériences");
    const titles = await page.locator(".experience-card-link").allTextContents();
    expect(titles).toEqual(["Bénévole à l’épicerie solidaire", "Vendangeur"]);
    expect(await page.locator(".experience-card").nth(1).textContent()).toContain(
      "2 compétences reliées",
    );
    await check(page, "experiences-13-list");
    await page.getByRole("button", { name: "Bénévolat" }).tap();
    expect(await page.getByTestId("experiences-count").textContent()).toBe(
      "1 expérience affichée sur 2",
    );
    await page.getByRole("button", { name: "Toutes" }).tap();
    await page.getByRole("searchbox").fill("epernay");
    expect(await page.locator(".experience-card-link").allTextContents()).toEqual(["Vendangeur"]);
    await check(page, "experiences-14-list-search");
    await page.getByRole("searchbox").fill("");

    // Edit.
    await page.getByRole("link", { name: "Vendangeur", exact: true }).tap();
    await expectHeading(page, "Vendangeur");
    await page.getByRole("link", { name: "Modifier", exact: true }).tap();
    await expectHeading(page, "Modifier l’expérience");
    await page.getByLabel("Intitulé", { exact: true }).fill("Vendangeur en Champagne");
    await check(page, "experiences-15-edit");
    await page.getByRole("button", { name: "Enregistrer" }).tap();
    await expectHeading(page, "Vendangeur en Champagne");

    // Link and unlink a competency from the experience's side.
    await page.getByRole("button", { name: "Relier ou délier des compétences" }).tap();
    await page.getByRole("checkbox", { name: "Vendanges" }).uncheck();
    await expect
      .poll(() => page.getByRole("link", { name: "Vendanges", exact: true }).count())
      .toBe(0);
    await check(page, "experiences-16-detail-links");

    // Delete, then undo.
    await page.getByRole("button", { name: "Supprimer" }).tap();
    await expectHeading(page, "Expériences");
    await page.getByText("« Vendangeur en Champagne » supprimée.").waitFor();
    expect(await page.locator(".experience-card-link").allTextContents()).toEqual([
      "Bénévole à l’épicerie solidaire",
    ]);
    await check(page, "experiences-17-deleted-undo");
    await page.getByRole("button", { name: "Annuler" }).tap();
    await page.getByRole("link", { name: "Vendangeur en Champagne" }).waitFor();

    // Delete for good: the offer to undo goes away after 10 s, and a reload does not bring it back.
    await page.getByRole("link", { name: "Bénévole à l’épicerie solidaire" }).tap();
    await expectHeading(page, "Bénévole à l’épicerie solidaire");
    await page.getByRole("button", { name: "Supprimer" }).tap();
    await expectHeading(page, "Expériences");
    await page.getByText("« Bénévole à l’épicerie solidaire » supprimée.").waitFor();
    await page.waitForTimeout(8_000);
    expect(await page.getByRole("button", { name: "Annuler" }).count()).toBe(1);
    await page.getByRole("button", { name: "Annuler" }).waitFor({ state: "detached" });
    await page.reload();
    await expectHeading(page, "Expériences");
    expect(await page.getByTestId("experiences-count").textContent()).toBe("1 expérience");
    expect(await page.locator(".experience-card-link").allTextContents()).toEqual([
      "Vendangeur en Champagne",
    ]);

    // The same list on a desktop screen.
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, "experiences-18-desktop-list");

    await context.setOffline(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
