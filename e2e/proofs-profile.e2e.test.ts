import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { phone, watchPageErrors } from "./support/browser";
import { journeyEnvironment } from "./support/environment";
import {
  check,
  expectHeading,
  makePng,
  type Person,
  signUp,
  waitForServiceWorkerControl,
} from "./support/journey";

const env = journeyEnvironment();
const person: Person = {
  displayName: "Nadia Benali",
  email: `nadia-${Date.now()}@example.fr`,
  password: "des vignes sous la neige",
};

/** Files kept in the device's database (raw IndexedDB: the page has no test hooks). */
function storedFiles(page: Page): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const request = indexedDB.open("skillfolio");
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const count = request.result.transaction("blobs").objectStore("blobs").count();
      count.onsuccess = () => { resolve(count.result); request.result.close(); };
    };
  })`);
}

/** An <img> that the browser actually decoded. */
async function expectDecodedImage(page: Page, testId: string) {
  const image = page.getByTestId(testId).first();
  await image.waitFor();
  await expect
    .poll(() =>
      image.evaluate((element) => (element as unknown as { naturalWidth: number }).naturalWidth),
    )
    .toBeGreaterThan(0);
}

describe("proofs and profile on a phone, offline", () => {
  it("attaches a photo proof, refuses bad files, fills the profile, survives a reload, undoes a delete", async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    const errors = watchPageErrors(page);

    await signUp(page, env.server.url, person);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);

    // Proofs: empty, then the add form.
    await page.getByRole("navigation").getByRole("link", { name: "Preuves", exact: true }).click();
    await expectHeading(page, "Preuves");
    await page.getByText("Aucune preuve pour l’instant").waitFor();
    await check(page, "proofs-01-empty");

    await page.getByRole("link", { name: "Ajouter une preuve" }).click();
    await page.waitForURL("**/proofs/new");
    await expectHeading(page, "Nouvelle preuve");
    await check(page, "proofs-02-new");

    // Too big, then not a PDF at all: clear messages, nothing stored.
    const tooBig = Buffer.alloc(10 * 1024 * 1024 + 1);
    tooBig.write("%PDF-1.7\n");
    await page.locator('input[name="fileChoose"]').setInputFiles({
      name: "scan-enorme.pdf",
      mimeType: "application/pdf",
      buffer: tooBig,
    });
    await page.getByText(/la limite est de 10 Mo\. Il n’a pas été ajouté\./).waitFor();
    await page.locator('input[name="fileChoose"]').setInputFiles({
      name: "attestation.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("<!doctype html><title>Pas un PDF</title>"),
    });
    await page
      .getByText(
        "Ce fichier n’est ni un PDF ni une image JPEG, PNG ou WebP. Il n’a pas été ajouté.",
      )
      .waitFor();
    expect(await storedFiles(page)).toBe(0);
    await check(page, "proofs-03-refused");

    // A photo taken with the camera.
    await page.locator('input[name="file"]').setInputFiles({
      name: "IMG_20240511_101010.png",
      mimeType: "image/png",
      buffer: makePng(640, 480, [40, 120, 220]),
    });
    await expectDecodedImage(page, "proof-file-preview");
    await page.getByLabel("Titre").fill("Certificat SST");
    await page.getByLabel("Type de document").selectOption({ label: "Certificat" });
    await page.getByLabel("Délivré par (facultatif)").fill("INRS");
    await page.getByLabel("Année").fill("2023");
    await page.getByLabel("Mois").selectOption({ label: "juin" });
    await check(page, "proofs-04-filled");
    await page.getByRole("button", { name: "Enregistrer la preuve" }).click();

    await expectHeading(page, "Certificat SST");
    await expectDecodedImage(page, "proof-image");
    await page.getByText("juin 2023").waitFor();
    await check(page, "proofs-05-detail");
    expect(await storedFiles(page)).toBe(1);

    await page.getByRole("link", { name: "Toutes les preuves" }).click();
    await expectHeading(page, "Preuves");
    await expectDecodedImage(page, "proof-thumbnail");
    expect(await page.getByRole("link", { name: /Certificat SST/ }).count()).toBe(1);
    await check(page, "proofs-06-list");

    // The profile, reached from the account screen.
    await page.getByTestId("header-user").click();
    await expectHeading(page, "Mon compte");
    await page.getByText("Stockage sur cet appareil").waitFor();
    await page.getByTestId("storage-usage").waitFor();
    await check(page, "profile-01-account-storage");
    await page.getByRole("link", { name: "Mon profil" }).click();
    await page.waitForURL("**/profile");
    await expectHeading(page, "Mon profil");
    await check(page, "profile-02-empty");

    await page.getByLabel("Prénom").fill("Nadia");
    await page.getByLabel("Nom", { exact: true }).fill("Benali");
    await page.getByLabel("Titre").fill("Ouvrière viticole polyvalente");
    await page.getByLabel("Adresse e-mail").fill("nadia-at-example");
    await page.getByLabel("Téléphone").fill("06 12 34 56 78");
    await page.getByLabel("Ville").fill("Épernay");
    await page.locator('input[name="photoChoose"]').setInputFiles({
      name: "moi.png",
      mimeType: "image/png",
      buffer: makePng(300, 300, [220, 140, 60]),
    });
    await page.getByRole("button", { name: "Ajouter une langue" }).click();
    await page.getByLabel("Langue 1").fill("Français");
    await page.getByLabel("Niveau").first().selectOption({ label: "Langue maternelle" });
    await page.getByRole("button", { name: "Ajouter une langue" }).click();
    await page.getByLabel("Langue 2").fill("Anglais");
    await page.getByLabel("Niveau").nth(1).selectOption({ label: "B1 – Intermédiaire" });
    await page.getByRole("button", { name: "Enregistrer le profil" }).click();
    await page
      .getByText("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.")
      .waitFor();
    expect(await page.getByLabel("Adresse e-mail").getAttribute("aria-invalid")).toBe("true");
    await check(page, "profile-03-error");

    await page.getByLabel("Adresse e-mail").fill("nadia@example.fr");
    await page.getByRole("button", { name: "Enregistrer le profil" }).click();
    await page.getByText("Votre profil a été enregistré sur cet appareil.").waitFor();
    await check(page, "profile-04-saved");

    // Everything is still there after an offline reload.
    await page.reload();
    await expectHeading(page, "Mon profil");
    await expect.poll(() => page.getByLabel("Prénom").inputValue()).toBe("Nadia");
    expect(await page.getByLabel("Ville").inputValue()).toBe("Épernay");
    expect(await page.getByLabel("Langue 2").inputValue()).toBe("Anglais");
    await page.getByRole("img", { name: "Votre photo" }).waitFor();
    await check(page, "profile-05-after-reload");

    await page.getByRole("navigation").getByRole("link", { name: "Preuves", exact: true }).click();
    await expectHeading(page, "Preuves");
    await expectDecodedImage(page, "proof-thumbnail");

    // Delete, then undo.
    await page.getByRole("link", { name: /Certificat SST/ }).click();
    await expectHeading(page, "Certificat SST");
    await page.getByRole("button", { name: "Supprimer" }).click();
    await expectHeading(page, "Preuves");
    await page.getByRole("status").getByText("« Certificat SST » a été supprimée.").waitFor();
    expect(await page.getByRole("link", { name: /Certificat SST/ }).count()).toBe(0);
    await check(page, "proofs-07-deleted-undo");
    await page.getByRole("button", { name: "Annuler" }).click();
    await page.getByRole("link", { name: /Certificat SST/ }).waitFor();
    await check(page, "proofs-08-restored");

    // Signing out would wipe this device: the changes not yet sent are counted first.
    await page.getByTestId("header-user").click();
    await expectHeading(page, "Mon compte");
    await page.getByRole("button", { name: "Se déconnecter", exact: true }).click();
    await page
      .getByRole("alert")
      .getByText(/modifications faites sur cet appareil/)
      .waitFor();
    await page
      .getByRole("button", {
        name: /^Se déconnecter quand même \(\d+ modifications seront perdues\)$/,
      })
      .waitFor();
    await check(page, "profile-06-sign-out-unsynced");
    await page.getByRole("button", { name: "Annuler" }).click();
    await page.getByRole("button", { name: "Se déconnecter", exact: true }).waitFor();
    expect(await page.getByTestId("header-user").textContent()).toBe(person.displayName);

    await context.setOffline(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
