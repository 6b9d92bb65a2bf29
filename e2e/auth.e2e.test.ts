import { describe, expect, it } from "vitest";
import { desktop, phone, watchPageErrors } from "./support/browser";
import { journeyEnvironment } from "./support/environment";
import {
  check,
  expectHeading,
  type Person,
  signIn,
  submitSignIn,
  submitSignUp,
  waitForServiceWorkerControl,
} from "./support/journey";

const env = journeyEnvironment();
const person: Person = {
  displayName: "Camille Durand",
  email: `camille-${Date.now()}@example.fr`,
  password: "un jardin sous la pluie",
};

describe("a person's account, on a phone", () => {
  it("signs up, signs out, signs in, and still opens the app offline after a reload", async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    const errors = watchPageErrors(page);

    await page.goto(`${env.server.url}/`);
    await page.waitForURL("**/sign-in");
    await expectHeading(page, "Connexion");
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    await check(page, "phone-01-sign-in");

    await page.getByRole("link", { name: "Créer un compte" }).click();
    await page.waitForURL("**/sign-up");
    await expectHeading(page, "Créer un compte");
    await check(page, "phone-02-sign-up");

    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect.poll(() => page.getByText("Ce champ est obligatoire.").count()).toBe(3);
    await page.getByLabel("Mot de passe").fill("court");
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect
      .poll(() => page.getByText("Le mot de passe doit faire au moins 8 caractères.").count())
      .toBe(1);
    await check(page, "phone-03-sign-up-errors");

    await submitSignUp(page, person);
    await expectHeading(page, "Expériences");
    expect(await page.getByTestId("header-user").textContent()).toBe(person.displayName);
    await check(page, "phone-04-experiences");

    // Every section of the navigation opens its own screen (each has its own journey).
    const sections = [
      ["Compétences", "competencies", "Compétences"],
      ["Preuves", "proofs", "Preuves"],
      ["CV", "cvs", "Mes CV"],
      ["Partage", "sharing", "Partage"],
    ] as const;
    for (const [label, path, heading] of sections) {
      await page.getByRole("navigation").getByRole("link", { name: label, exact: true }).click();
      await page.waitForURL(`**/${path}`);
      await expectHeading(page, heading);
      await check(page, `phone-05-${path}`);
    }

    await page.getByTestId("header-user").click();
    await page.waitForURL("**/account");
    await expectHeading(page, "Mon compte");
    expect(await page.getByTestId("account-name").textContent()).toBe(person.displayName);
    await check(page, "phone-06-account");

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.waitForURL("**/sign-in");
    await expectHeading(page, "Connexion");

    await submitSignIn(page, { email: person.email, password: "pas le bon mot de passe" });
    expect(await page.getByRole("alert").textContent()).toBe(
      "Adresse e-mail ou mot de passe incorrect.",
    );
    await check(page, "phone-07-sign-in-wrong-password");

    await submitSignIn(page, person);
    await page.waitForURL("**/experiences");
    expect(await page.getByTestId("header-user").textContent()).toBe(person.displayName);

    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Expériences" }).waitFor();
    expect(await page.getByTestId("header-user").textContent()).toBe(person.displayName);
    expect(await page.getByTestId("sync-badge-text").textContent()).toBe("Hors ligne");
    await check(page, "phone-08-offline-experiences");

    await page.getByTestId("header-user").click();
    await page.getByRole("heading", { level: 1, name: "Mon compte" }).waitFor();
    expect(await page.getByTestId("account-name").textContent()).toBe(person.displayName);
    await check(page, "phone-09-offline-account");
    await context.setOffline(false);

    expect(errors).toEqual([]);
    await context.close();
  });

  it("switches to English, and the account remembers it", async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await signIn(page, env.server.url, person);

    await page.getByRole("button", { name: "English" }).click();
    await expectHeading(page, "Experiences");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.getByTestId("header-user").click();
    await expectHeading(page, "My account");
    await check(page, "phone-10-account-english");

    // Saved on the account: a reload (and another device) opens in English.
    await expect
      .poll(() => page.evaluate(() => fetch("/api/auth/me").then((response) => response.json())))
      .toMatchObject({ user: { locale: "en" } });
    await page.reload();
    await expectHeading(page, "My account");

    await page.getByLabel("Current password").fill("wrong password");
    await page.getByLabel("New password").fill("another good passphrase");
    await page.getByRole("button", { name: "Change the password" }).click();
    await page.getByText("The current password is wrong.").waitFor();
    const current = page.getByLabel("Current password");
    expect(await current.getAttribute("aria-invalid")).toBe("true");
    await check(page, "phone-11-password-error");

    await page.getByRole("button", { name: "Français" }).first().click();
    await expectHeading(page, "Mon compte");
    await context.close();
  });
});

describe("on a desktop screen", () => {
  it("shows the side navigation and passes the accessibility check", async () => {
    const context = await env.browser.newContext(desktop);
    const page = await context.newPage();
    await page.goto(`${env.server.url}/sign-in`);
    await check(page, "desktop-01-sign-in");
    await submitSignIn(page, person);
    await page.waitForURL("**/experiences");
    const nav = page.getByRole("navigation");
    const box = await nav.boundingBox();
    expect(box?.x).toBe(0);
    expect(box?.height ?? 0).toBeGreaterThan(200);
    expect(await nav.getByRole("link").count()).toBe(6);
    await check(page, "desktop-02-experiences");
    await nav.getByRole("link", { name: "Compte" }).click();
    await page.waitForURL("**/account");
    await expectHeading(page, "Mon compte");
    await check(page, "desktop-03-account");
    await context.close();
  });
});
