import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { desktop, phone, watchPageErrors } from "./support/browser";
import { journeyEnvironment } from "./support/environment";
import {
  check,
  expectHeading,
  makePng,
  type Person,
  signIn,
  signUp,
  waitForServiceWorkerControl,
} from "./support/journey";

const env = journeyEnvironment();
const person: Person = {
  displayName: "Lucas Schmitt",
  email: `lucas-${Date.now()}@example.fr`,
  password: "la forge chante le matin",
};

const badge = (page: Page) => page.getByTestId("sync-badge-text");

async function openTab(page: Page, label: string) {
  await page.getByRole("navigation").getByRole("link", { name: label, exact: true }).click();
  await expectHeading(page, label);
}

describe("two devices of one person", () => {
  it("edits made offline on the phone reach the laptop once back online, photo included", async () => {
    const phoneContext = await env.browser.newContext(phone);
    const laptopContext = await env.browser.newContext(desktop);
    const onPhone = await phoneContext.newPage();
    const onLaptop = await laptopContext.newPage();
    const errors = [...watchPageErrors(onPhone), ...watchPageErrors(onLaptop)];

    // Online on the phone: a competency, which reaches the laptop.
    await signUp(onPhone, env.server.url, person);
    await openTab(onPhone, "Compétences");
    await onPhone.getByRole("link", { name: "Ajouter une compétence" }).click();
    await expectHeading(onPhone, "Nouvelle compétence");
    await onPhone
      .getByRole("combobox", { name: "Compétence" })
      .pressSequentially("Soudure à l’arc");
    await onPhone
      .getByRole("listbox")
      .getByRole("option", { name: /Soudure à l’arc.*en texte libre/ })
      .tap();
    await onPhone.getByRole("radio", { name: /Débutant/ }).check();
    await onPhone.getByRole("button", { name: "Enregistrer" }).click();
    await expectHeading(onPhone, "Soudure à l’arc");
    await expect.poll(() => badge(onPhone).textContent(), { timeout: 15_000 }).toBe("Synchronisé");

    await signIn(onLaptop, env.server.url, person);
    await openTab(onLaptop, "Compétences");
    await onLaptop
      .getByRole("link", { name: "Soudure à l’arc", exact: true })
      .waitFor({ timeout: 15_000 });

    // Offline on the phone: the level changes and a photo proof is attached.
    await waitForServiceWorkerControl(onPhone);
    await phoneContext.setOffline(true);
    await openTab(onPhone, "Compétences");
    await onPhone.getByRole("link", { name: "Soudure à l’arc", exact: true }).click();
    await onPhone.getByRole("link", { name: "Modifier" }).click();
    await onPhone.getByRole("radio", { name: /Autonome/ }).check();
    await onPhone.getByRole("button", { name: "Enregistrer" }).click();
    await expectHeading(onPhone, "Soudure à l’arc");

    await openTab(onPhone, "Preuves");
    await onPhone.getByRole("link", { name: "Ajouter une preuve" }).click();
    await onPhone.locator('input[name="file"]').setInputFiles({
      name: "chantier.png",
      mimeType: "image/png",
      buffer: makePng(320, 240, [200, 120, 40]),
    });
    await onPhone.getByLabel("Titre").fill("Photo du chantier");
    await onPhone.getByRole("button", { name: "Enregistrer la preuve" }).click();
    await expectHeading(onPhone, "Photo du chantier");
    await expect
      .poll(() => badge(onPhone).textContent())
      .toMatch(/^Hors ligne · \d+ modifications? en attente$/);
    await check(onPhone, "sync-01-phone-offline-pending");

    // Back online: the phone pushes, the laptop is poked and pulls.
    await phoneContext.setOffline(false);
    await expect.poll(() => badge(onPhone).textContent(), { timeout: 20_000 }).toBe("Synchronisé");
    await openTab(onLaptop, "Preuves");
    const proofLink = onLaptop.getByRole("link", { name: /Photo du chantier/ });
    await proofLink.waitFor({ timeout: 15_000 });
    await proofLink.click();
    await expectHeading(onLaptop, "Photo du chantier");
    const image = onLaptop.locator("main img").first();
    await image.waitFor({ timeout: 15_000 });
    await expect
      .poll(() =>
        image.evaluate((element) => (element as unknown as { naturalWidth: number }).naturalWidth),
      )
      .toBe(320);
    await check(onLaptop, "sync-02-laptop-proof");

    await openTab(onLaptop, "Compétences");
    await onLaptop.getByRole("link", { name: "Soudure à l’arc", exact: true }).click();
    await expect
      .poll(() => onLaptop.getByTestId("competency-level").textContent())
      .toMatch(/^Autonome/);
    expect(await badge(onLaptop).textContent()).toBe("Synchronisé");

    expect(errors).toEqual([]);
    await phoneContext.close();
    await laptopContext.close();
  });

  it("the same field changed on both devices: the first wins, the other is offered on the conflicts page", async () => {
    const someone: Person = {
      displayName: "Inès Moreau",
      email: `ines-${Date.now()}@example.fr`,
      password: "un jardin au bord du canal",
    };
    const phoneContext = await env.browser.newContext(phone);
    const laptopContext = await env.browser.newContext(desktop);
    const onPhone = await phoneContext.newPage();
    const onLaptop = await laptopContext.newPage();
    const errors = [...watchPageErrors(onPhone), ...watchPageErrors(onLaptop)];

    await signUp(onPhone, env.server.url, someone);
    await openTab(onPhone, "Compétences");
    await onPhone.getByRole("link", { name: "Ajouter une compétence" }).click();
    await onPhone
      .getByRole("combobox", { name: "Compétence" })
      .pressSequentially("Accueil en mairie");
    await onPhone
      .getByRole("listbox")
      .getByRole("option", { name: /Accueil en mairie.*en texte libre/ })
      .tap();
    await onPhone.getByRole("radio", { name: /Débutant/ }).check();
    await onPhone.getByRole("button", { name: "Enregistrer" }).click();
    await expectHeading(onPhone, "Accueil en mairie");
    await expect.poll(() => badge(onPhone).textContent(), { timeout: 15_000 }).toBe("Synchronisé");

    await signIn(onLaptop, env.server.url, someone);
    await openTab(onLaptop, "Compétences");
    await onLaptop
      .getByRole("link", { name: "Accueil en mairie", exact: true })
      .waitFor({ timeout: 15_000 });
    await waitForServiceWorkerControl(onPhone);
    await waitForServiceWorkerControl(onLaptop);

    const setLevel = async (page: Page, level: RegExp) => {
      await openTab(page, "Compétences");
      await page.getByRole("link", { name: "Accueil en mairie", exact: true }).click();
      await page.getByRole("link", { name: "Modifier" }).click();
      await page.getByRole("radio", { name: level }).check();
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await expectHeading(page, "Accueil en mairie");
    };
    await phoneContext.setOffline(true);
    await laptopContext.setOffline(true);
    await setLevel(onPhone, /Expert/);
    await setLevel(onLaptop, /Je me débrouille/);

    await phoneContext.setOffline(false);
    await expect.poll(() => badge(onPhone).textContent(), { timeout: 20_000 }).toBe("Synchronisé");
    await laptopContext.setOffline(false);
    await expect.poll(() => badge(onLaptop).textContent(), { timeout: 20_000 }).toBe("Synchronisé");
    await expect
      .poll(() => onLaptop.getByTestId("competency-level").textContent())
      .toMatch(/^Expert/);

    const conflictsLink = onLaptop.getByRole("link", { name: "1 conflit à régler" });
    await conflictsLink.waitFor({ timeout: 15_000 });
    await conflictsLink.click();
    await expectHeading(onLaptop, "Conflits et éléments supprimés");
    await onLaptop.getByText("Champ : Niveau").first().waitFor();
    await check(onLaptop, "sync-03-conflict");
    await onLaptop.getByRole("button", { name: "Utiliser mon autre valeur" }).click();
    await onLaptop.getByText("Aucun conflit à régler.").waitFor();

    await openTab(onLaptop, "Compétences");
    await onLaptop.getByRole("link", { name: "Accueil en mairie", exact: true }).click();
    await expect
      .poll(() => onLaptop.getByTestId("competency-level").textContent())
      .toMatch(/^Je me débrouille/);
    await openTab(onPhone, "Compétences");
    await onPhone.getByRole("link", { name: "Accueil en mairie", exact: true }).click();
    await expect
      .poll(() => onPhone.getByTestId("competency-level").textContent(), { timeout: 20_000 })
      .toMatch(/^Je me débrouille/);

    expect(errors).toEqual([]);
    await phoneContext.close();
    await laptopContext.close();
  });

  it("a session that expires keeps the work done meanwhile, and sends it after signing in again", async () => {
    const someone: Person = {
      displayName: "Karim Haddad",
      email: `karim-${Date.now()}@example.fr`,
      password: "le quai des marchandises",
    };
    const phoneContext = await env.browser.newContext(phone);
    const onPhone = await phoneContext.newPage();
    const errors = watchPageErrors(onPhone);

    await signUp(onPhone, env.server.url, someone);
    await openTab(onPhone, "Compétences");
    await onPhone.getByRole("link", { name: "Ajouter une compétence" }).click();
    await onPhone.getByRole("combobox", { name: "Compétence" }).pressSequentially("Tri des colis");
    await onPhone
      .getByRole("listbox")
      .getByRole("option", { name: /Tri des colis.*en texte libre/ })
      .tap();
    await onPhone.getByRole("radio", { name: /Débutant/ }).check();
    await onPhone.getByRole("button", { name: "Enregistrer" }).click();
    await expectHeading(onPhone, "Tri des colis");
    await expect.poll(() => badge(onPhone).textContent(), { timeout: 15_000 }).toBe("Synchronisé");

    // The session ends (expiry, or revoked elsewhere) while the person keeps working.
    await phoneContext.clearCookies();
    await onPhone.getByRole("link", { name: "Modifier" }).click();
    await onPhone.getByRole("radio", { name: /Autonome/ }).check();
    await onPhone.getByRole("button", { name: "Enregistrer" }).click();
    await expectHeading(onPhone, "Tri des colis");
    await expect
      .poll(() => badge(onPhone).textContent(), { timeout: 15_000 })
      .toBe("Session expirée : modifications en attente");
    await check(onPhone, "sync-04-session-expired");

    await onPhone.getByRole("link", { name: "Se reconnecter" }).click();
    await onPhone.getByLabel("Adresse e-mail").fill(someone.email);
    await onPhone.getByLabel("Mot de passe").fill(someone.password);
    await onPhone.getByRole("button", { name: "Se connecter" }).click();
    await onPhone.waitForURL("**/experiences");
    await expect.poll(() => badge(onPhone).textContent(), { timeout: 20_000 }).toBe("Synchronisé");

    const laptopContext = await env.browser.newContext(desktop);
    const onLaptop = await laptopContext.newPage();
    await signIn(onLaptop, env.server.url, someone);
    await openTab(onLaptop, "Compétences");
    await onLaptop.getByRole("link", { name: "Tri des colis", exact: true }).click();
    await expect
      .poll(() => onLaptop.getByTestId("competency-level").textContent(), { timeout: 15_000 })
      .toMatch(/^Autonome/);

    expect(errors).toEqual([]);
    await phoneContext.close();
    await laptopContext.close();
  });
});
