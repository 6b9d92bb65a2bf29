import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as OTPAuth from "otpauth";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { pdfInfo, pdfText } from "../client/src/pdf/testing/poppler";
import { artifactsDir, desktop, phone, watchPageErrors } from "./support/browser";
import { journeyEnvironment } from "./support/environment";
import { check, expectHeading, type Person, signUp } from "./support/journey";

const repoRoot = path.resolve(import.meta.dirname, "..");
const dataDir = mkdtempSync(path.join(tmpdir(), "skillfolio-e2e-sharing-"));
const adviser = {
  email: "alex.martin@mission-locale.fr",
  password: "conseil-en-insertion-2026",
  name: "Alex Martin",
};
const person: Person = {
  displayName: "Camille Dupont",
  email: "camille@example.fr",
  password: "mon-portfolio-a-moi",
};

// The adviser account is made the way an operator does it, before the server opens the database;
// the operator reads the one-time enrolment code in the command's output and hands it over.
let enrolmentCode = "";
beforeAll(() => {
  const output = execFileSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "server/admin.ts",
      "create-adviser",
      "--email",
      adviser.email,
      "--name",
      adviser.name,
      "--password",
      adviser.password,
    ],
    { cwd: repoRoot, env: { ...process.env, DATA_DIR: dataDir }, stdio: "pipe" },
  ).toString();
  enrolmentCode = output.match(/Enrolment code .*: (\S+)$/m)?.[1] ?? "";
  expect(enrolmentCode).toMatch(/^[0-9a-z]{5}(-[0-9a-z]{5}){3}$/);
});
const env = journeyEnvironment({ dataDir });

const personPhone = { ...phone, viewport: { width: 390, height: 844 } };

function totp(secret: string): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();
}

async function signInAdviser(page: Page, second?: { recoveryCode: string }) {
  await page.goto(`${env.server.url}/sign-in`);
  await page.getByLabel("Adresse e-mail").fill(adviser.email);
  await page.getByLabel("Mot de passe").fill(adviser.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  if (!second) return;
  await expectHeading(page, "Vérification en deux étapes");
  await check(page, "sharing-a04-second-step");
  await page.getByRole("button", { name: "Utiliser plutôt un code de secours" }).click();
  await page.getByLabel("Code de secours").fill(second.recoveryCode);
  await page.getByRole("button", { name: "Vérifier" }).click();
}

describe("sharing with an adviser, two browsers", () => {
  it("enrol → share → adviser reads, comments, suggests → person accepts and replies → revoke → refused", async () => {
    const adviserContext = await env.browser.newContext(desktop);
    const personContext = await env.browser.newContext(personPhone);
    const a = await adviserContext.newPage();
    const p = await personContext.newPage();
    const errors = [...watchPageErrors(a), ...watchPageErrors(p)];
    const aErrors = watchPageErrors(a);
    const pErrors = watchPageErrors(p);

    // 1. The adviser's first sign-in: the operator's enrolment code, a QR code, then the
    // recovery codes once.
    await signInAdviser(a);
    await expectHeading(a, "Activer la vérification en deux étapes");
    await check(a, "sharing-a01-enrol-start");
    await a.getByLabel("Code d’activation").fill("aaaaa-bbbbb-ccccc-ddddd");
    await a.getByRole("button", { name: "Commencer" }).click();
    await a.getByText(/Ce code d’activation n’est pas le bon/).waitFor();
    await a.getByLabel("Code d’activation").fill(enrolmentCode);
    await a.getByRole("button", { name: "Commencer" }).click();
    await a.getByRole("img", { name: /QR code/ }).waitFor();
    const secret = (await a.getByTestId("totp-secret").textContent())?.replace(/\s+/g, "") ?? "";
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    await check(a, "sharing-a02-enrol-qr");
    await a.getByLabel("Code à six chiffres").fill("000000");
    await a.getByRole("button", { name: "Activer" }).click();
    await a.getByText("Ce code n’est pas valide ou a déjà servi. Réessayez.").waitFor();
    await a.getByLabel("Code à six chiffres").fill(totp(secret));
    await a.getByRole("button", { name: "Activer" }).click();
    await expectHeading(a, "Vos codes de secours");
    const codes = await a.getByTestId("recovery-codes").locator("code").allTextContents();
    expect(codes).toHaveLength(10);
    await check(a, "sharing-a03-recovery-codes");
    await a.getByRole("button", { name: "J’ai mis mes codes en lieu sûr" }).click();
    await expectHeading(a, "Portfolios partagés avec vous");
    await a.getByText(/Personne n’a encore partagé/).waitFor();

    // The second step of a later sign-in, here with a recovery code.
    await a.getByRole("link", { name: "Compte", exact: true }).first().click();
    await expectHeading(a, "Compte");
    await a.getByRole("button", { name: "Se déconnecter" }).click();
    await expectHeading(a, "Connexion");
    await signInAdviser(a, { recoveryCode: codes[0] ?? "" });
    await expectHeading(a, "Portfolios partagés avec vous");

    // 2. The person: an experience and a competency, then shares with the adviser.
    await signUp(p, env.server.url, person);
    await p.getByRole("link", { name: "Ajouter une expérience" }).tap();
    await expectHeading(p, "Nouvelle expérience");
    await p.getByLabel("Intitulé", { exact: true }).fill("Vendeuse en boulangerie");
    await p.getByRole("group", { name: "Début", exact: true }).getByLabel("Année").fill("2021");
    await p.getByLabel("En cours (pas encore terminée)").check();
    await p.getByLabel("Description", { exact: true }).fill("Vente et encaissement.");
    await p.getByRole("button", { name: "Enregistrer" }).tap();
    await expectHeading(p, "Vendeuse en boulangerie");
    await p.goto(`${env.server.url}/competencies/new`);
    await expectHeading(p, "Nouvelle compétence");
    const combobox = p.getByRole("combobox", { name: "Compétence" });
    await combobox.pressSequentially("Accueillir la clientèle en magasin");
    await p
      .getByRole("listbox")
      .getByRole("option", { name: /Accueillir la clientèle en magasin.*en texte libre/ })
      .tap();
    await p.getByRole("button", { name: "Enregistrer" }).click();
    await expectHeading(p, "Accueillir la clientèle en magasin");

    await p.getByRole("navigation").getByRole("link", { name: "Partage", exact: true }).tap();
    await expectHeading(p, "Partage");
    await p.getByText("Vous n’avez encore rien partagé.").waitFor();
    await check(p, "sharing-p01-empty");
    await p.getByRole("link", { name: "Partager avec un conseiller" }).tap();
    await expectHeading(p, "Partager avec un conseiller");
    await p.getByLabel(/Adresse e-mail de votre conseiller/).fill("personne@example.fr");
    await check(p, "sharing-p02-form");
    await p.getByRole("button", { name: "Continuer" }).tap();
    await p.getByRole("button", { name: "Je partage" }).tap();
    await p.getByText("Aucun compte de conseiller n’existe avec cette adresse e-mail.").waitFor();
    await check(p, "sharing-p03-form-error");
    await p.getByLabel(/Adresse e-mail de votre conseiller/).fill(adviser.email);
    await p.getByRole("checkbox", { name: "Téléphone" }).check();
    await p.getByRole("button", { name: "Continuer" }).tap();
    await p.getByTestId("consent").waitFor();
    expect(await p.getByTestId("consent").textContent()).toContain("Votre téléphone");
    await check(p, "sharing-p04-consent");
    await p.getByRole("button", { name: "Je partage" }).tap();
    await p.getByText(`Partage créé avec ${adviser.name}.`).waitFor();
    await p.getByRole("heading", { name: adviser.name }).waitFor();
    await check(p, "sharing-p05-shares");
    // The records must reach the server before the adviser can see them.
    await p.getByText("Synchronisé").waitFor({ timeout: 20_000 });

    // 3. The adviser sees the portfolio, comments on it and suggests a link.
    await a.reload();
    await expectHeading(a, "Portfolios partagés avec vous");
    await a.getByRole("link", { name: `Ouvrir le portfolio de ${person.displayName}` }).click();
    await expectHeading(a, person.displayName);
    await a.getByRole("heading", { name: "Vendeuse en boulangerie" }).waitFor();
    await check(a, "sharing-a05-portfolio");
    await a.getByLabel("Message").fill("Bravo <b>Camille</b> ! <script>alert(1)</script>");
    await a.getByRole("button", { name: "Envoyer" }).click();
    await a.getByText("Bravo <b>Camille</b> ! <script>alert(1)</script>").waitFor();
    await a.getByRole("button", { name: "Commenter « Vendeuse en boulangerie »" }).click();
    await a.getByLabel("Type").selectOption("link-competency");
    await a.getByLabel("Compétence", { exact: true }).selectOption({
      label: "Accueillir la clientèle en magasin",
    });
    await a.getByLabel("Message").fill("Cette expérience montre bien votre accueil.");
    await a.getByRole("button", { name: "Envoyer" }).click();
    await a.getByText("Cette expérience montre bien votre accueil.").waitFor();
    await check(a, "sharing-a06-commented");

    // The adviser exports the portfolio: a tagged PDF with the person's experience in it.
    const [download] = await Promise.all([
      a.waitForEvent("download"),
      a.getByRole("button", { name: "Exporter en PDF" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("Portfolio-de-Camille-Dupont.pdf");
    const pdfPath = path.join(artifactsDir, "sharing-adviser-export.pdf");
    await download.saveAs(pdfPath);
    expect(pdfInfo(pdfPath).get("Tagged")).toBe("yes");
    expect(pdfText(pdfPath)).toContain("Vendeuse en boulangerie");
    await a.getByText("Fichier prêt : Portfolio-de-Camille-Dupont.pdf").waitFor();
    await check(a, "sharing-a07-exported");

    // 4. The person: a badge, the threads, accept the suggestion, reply.
    await p.reload();
    await p.getByTestId("unread-comments").waitFor();
    await p.getByRole("link", { name: "Commentaires", exact: true }).tap();
    await expectHeading(p, "Commentaires de vos conseillers");
    expect(await p.getByText("Bravo <b>Camille</b> ! <script>alert(1)</script>").count()).toBe(1);
    await check(p, "sharing-p06-comments");
    await p.getByRole("button", { name: "Accepter" }).tap();
    await p.getByText("Acceptée", { exact: true }).waitFor();
    await p.getByRole("button", { name: /^Répondre — Sur votre portfolio/ }).tap();
    await p.getByLabel("Votre réponse").fill("Merci, je complète ce soir.");
    await p.getByRole("button", { name: "Envoyer" }).tap();
    await p.getByText("Merci, je complète ce soir.").waitFor();
    await p
      .getByRole("button", { name: "Marquer comme lu" })
      .first()
      .waitFor({ state: "detached" });
    await check(p, "sharing-p07-accepted");
    // The accepted link is a normal local edit: the competency now shows the experience.
    await p.goto(`${env.server.url}/experiences`);
    await p
      .getByRole("link", { name: /Vendeuse en boulangerie/ })
      .first()
      .tap();
    await expectHeading(p, "Vendeuse en boulangerie");
    await p
      .getByRole("link", { name: "Accueillir la clientèle en magasin", exact: true })
      .waitFor();
    await p.getByRole("heading", { name: "Commentaires de vos conseillers" }).waitFor();
    await check(p, "sharing-p08-experience-comments");

    // The access log shows the adviser's reads, in local time.
    await p.goto(`${env.server.url}/sharing/access-log`);
    await expectHeading(p, "Journal des accès");
    await p.getByRole("link", { name: "Journal", exact: true }).waitFor();
    await p.getByText("a consulté", { exact: false }).first().waitFor();
    await p.getByText("a exporté", { exact: false }).first().waitFor();
    await check(p, "sharing-p09-access-log");

    // The adviser sees the reply and the decision.
    await a.reload();
    await a.getByText("Merci, je complète ce soir.").waitFor();
    await a
      .getByText(/Acceptée/)
      .first()
      .waitFor();

    // 5. The person revokes; the adviser's next read is refused.
    await p.goto(`${env.server.url}/sharing`);
    await expectHeading(p, "Partage");
    await p.getByRole("button", { name: `Révoquer l’accès de ${adviser.name}` }).tap();
    await p.getByRole("button", { name: "Oui, révoquer" }).tap();
    await p.getByText(`L’accès de ${adviser.name} est révoqué.`).waitFor();
    await p.getByText("Révoqué", { exact: true }).waitFor();
    await check(p, "sharing-p10-revoked");

    await a.reload();
    await a.getByTestId("share-gone").waitFor();
    await check(a, "sharing-a08-refused");
    await a.getByRole("link", { name: "Retour aux portfolios" }).click();
    await a.getByText(/Personne n’a encore partagé/).waitFor();

    expect(errors).toEqual([]);
    expect([...aErrors, ...pErrors]).toEqual([]);
    await adviserContext.close();
    await personContext.close();
  });
});
