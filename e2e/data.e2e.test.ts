import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { phone, watchPageErrors } from "./support/browser";
import { journeyEnvironment } from "./support/environment";
import {
  check,
  expectHeading,
  type Person,
  signUp,
  waitForServiceWorkerControl,
} from "./support/journey";

const env = journeyEnvironment();
const stamp = Date.now();
const first: Person = {
  displayName: "Łucja Dvořák",
  email: `lucja-${stamp}@example.pl`,
  password: "les caristes de Łódź",
};
const second: Person = {
  displayName: "Ελένη",
  email: `eleni-${stamp}@example.gr`,
  password: "un autre compte, une autre vie",
};

/** LinkedIn's export as it arrives: the fixture CSVs in a dated folder, zipped. */
function linkedInExport(): Buffer {
  const folder = path.resolve(import.meta.dirname, "../client/src/portability/fixtures/linkedin");
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(folder)) {
    files[`Basic_LinkedInDataExport/${name}`] = readFileSync(path.join(folder, name));
  }
  files["Basic_LinkedInDataExport/messages.csv"] = strToU8("CONVERSATION ID,FROM\n1,x\n");
  return Buffer.from(zipSync(files));
}

async function openDataScreen(page: Page) {
  await page.getByTestId("header-user").click();
  await expectHeading(page, "Mon compte");
  await page.getByRole("link", { name: "Mes données", exact: true }).click();
  await page.waitForURL("**/data");
  await expectHeading(page, "Mes données");
}

async function importFile(page: Page, name: string, buffer: Buffer) {
  await page
    .locator('input[name="import"]')
    .setInputFiles({ name, mimeType: "application/zip", buffer });
  await page.getByRole("heading", { name: "Aperçu de l’import" }).waitFor();
}

describe("my data on a phone, offline", () => {
  it("imports LinkedIn's export with a preview, downloads everything, and restores it into another account", async () => {
    const context = await env.browser.newContext({ ...phone, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    await signUp(page, env.server.url, first);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);

    await openDataScreen(page);
    await check(page, "data-01-screen");

    // A file that is not a zip: a clear message, nothing else.
    await page.locator('input[name="import"]').setInputFiles({
      name: "export.zip",
      mimeType: "application/zip",
      buffer: Buffer.from("<!doctype html>pas un zip"),
    });
    await page.getByText("Ce fichier n’est pas un vrai fichier .zip.").waitFor();

    await importFile(page, "Basic_LinkedInDataExport.zip", linkedInExport());
    await page.getByText("9 expériences").waitFor();
    await page.getByText("7 compétences").waitFor();
    await page.getByText("1 élément déjà présent, non ajouté").waitFor();
    await check(page, "data-02-preview");
    await page.getByRole("button", { name: "Importer" }).click();
    await page.getByText("Import terminé : 16 fiches ajoutées.").waitFor();
    await check(page, "data-03-imported");

    await page
      .getByRole("navigation")
      .getByRole("link", { name: "Expériences", exact: true })
      .click();
    await page.getByText("Préparatrice de commandes").first().waitFor();

    // Everything out, as one zip.
    await openDataScreen(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Télécharger toutes mes données" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^skillfolio-\d{4}-\d{2}-\d{2}\.zip$/);
    const archive = readFileSync(await download.path());
    const entries = Object.keys(unzipSync(new Uint8Array(archive)));
    expect(entries).toEqual(expect.arrayContaining(["skillfolio.json", "README.txt"]));
    await page.getByText(/est prêt/).waitFor();
    expect(errors).toEqual([]);
    await context.close();

    // Another account, on another phone: the same portfolio comes back, and only once.
    const other = await env.browser.newContext(phone);
    const otherPage = await other.newPage();
    await signUp(otherPage, env.server.url, second);
    await openDataScreen(otherPage);
    await importFile(otherPage, download.suggestedFilename(), archive);
    await otherPage.getByText("9 expériences").waitFor();
    await otherPage.getByText("7 compétences").waitFor();
    await otherPage.getByRole("button", { name: "Importer" }).click();
    await otherPage.getByText("Import terminé : 16 fiches ajoutées.").waitFor();

    await importFile(otherPage, download.suggestedFilename(), archive);
    await otherPage
      .getByText("Rien de nouveau : tout ce que contient ce fichier est déjà dans votre portfolio.")
      .waitFor();
    await check(otherPage, "data-04-nothing-new");
    await otherPage.getByRole("button", { name: "Annuler" }).click();
    await other.close();
  });
});
