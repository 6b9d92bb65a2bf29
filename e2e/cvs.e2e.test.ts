import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { artifactsDir, phone, watchPageErrors } from "./support/browser";
import { journeyEnvironment } from "./support/environment";
import {
  check,
  expectHeading,
  makePng,
  type Person,
  signUp,
  submitSignIn,
  waitForServiceWorkerControl,
} from "./support/journey";

// The server's data directory is kept at stop, to look for anything left of the deleted account.
const env = journeyEnvironment({ keepData: true });
afterAll(() => rmSync(env.server.dataDir, { recursive: true, force: true }));

const person: Person = {
  displayName: "Zofia Łukasiewicz",
  email: `zofia-${Date.now()}@example.pl`,
  password: "les caristes de Łódź",
};

type Experience = {
  title: string;
  organisation: string;
  place: string;
  start: [year: string, month: string];
  end: [year: string, month: string];
};

/** Three jobs, latest first: the CV will leave the grape harvest out and put the Greek tavern first. */
const warehouse: Experience = {
  title: "Cariste",
  organisation: "Magazyn Łódź-Widzew",
  place: "Łódź",
  start: ["2021", "03"],
  end: ["2024", "06"],
};
const harvest: Experience = {
  title: "Vendangeuse",
  organisation: "Domaine Müller",
  place: "Riquewihr",
  start: ["2018", "09"],
  end: ["2018", "10"],
};
const tavern: Experience = {
  title: "Serveuse",
  organisation: "Ταβέρνα Ελληνικά",
  place: "Θεσσαλονίκη",
  start: ["2017", "06"],
  end: ["2017", "08"],
};

const navigateTo = (page: Page, link: string) =>
  page.getByRole("navigation").getByRole("link", { name: link, exact: true }).click();
const dateGroup = (page: Page, name: string) => page.getByRole("group", { name, exact: true });

/** Through the experience form, as the person would. */
async function addExperience(page: Page, experience: Experience) {
  await navigateTo(page, "Expériences");
  await expectHeading(page, "Expériences");
  await page.getByRole("link", { name: "Ajouter une expérience" }).click();
  await expectHeading(page, "Nouvelle expérience");
  await page.getByLabel("Intitulé", { exact: true }).fill(experience.title);
  await page.getByLabel("Entreprise, association ou école").fill(experience.organisation);
  await page.getByLabel("Lieu", { exact: true }).fill(experience.place);
  await dateGroup(page, "Début").getByLabel("Année").fill(experience.start[0]);
  await dateGroup(page, "Début").getByLabel("Mois").selectOption(experience.start[1]);
  await dateGroup(page, "Fin").getByLabel("Année").fill(experience.end[0]);
  await dateGroup(page, "Fin").getByLabel("Mois").selectOption(experience.end[1]);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expectHeading(page, experience.title);
}

const cvTitle = "Cariste – Łódź";
const pdfName = "Cariste-Łódź.pdf";
/** The proof's photo, and its address in the server's blob store. */
const photo = makePng(320, 240, [200, 80, 40]);
const photoSha256 = createHash("sha256").update(photo).digest("hex");

const badge = (page: Page) => page.getByTestId("sync-badge-text");
const pdfTool = (tool: string, ...args: string[]) =>
  execFileSync(tool, args, { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });

describe("a CV on a phone, offline, then the account deleted", () => {
  it("builds a CV offline, exports its PDF, then deletes the account and nothing of it is left on the server", async () => {
    const context = await env.browser.newContext({
      ...phone,
      viewport: { width: 390, height: 844 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    await signUp(page, env.server.url, person);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);

    // The portfolio, offline: three experiences, a competency from the reference, and a photo
    // proof (a file for the server to hold).
    for (const experience of [warehouse, harvest, tavern]) await addExperience(page, experience);
    await navigateTo(page, "Compétences");
    await page.getByRole("link", { name: "Ajouter une compétence" }).click();
    await expectHeading(page, "Nouvelle compétence");
    await page.getByRole("combobox", { name: "Compétence" }).pressSequentially("equipe");
    await page.getByRole("option", { name: /^Travail en équipe/ }).click();
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expectHeading(page, "Travail en équipe");
    await navigateTo(page, "Preuves");
    await page.getByRole("link", { name: "Ajouter une preuve" }).click();
    await page.locator('input[name="file"]').setInputFiles({
      name: "caces.png",
      mimeType: "image/png",
      buffer: photo,
    });
    await page.getByLabel("Titre").fill("CACES R489");
    await page.getByRole("button", { name: "Enregistrer la preuve" }).click();
    await page.getByText("CACES R489").first().waitFor();

    // A CV: everything at first, then one experience out and another moved up.
    await navigateTo(page, "CV");
    await expectHeading(page, "Mes CV");
    await check(page, "cvs-01-none");
    await page.getByRole("button", { name: "Créer un CV" }).click();
    await page.getByRole("group", { name: "Expériences du CV" }).waitFor();
    expect(await page.getByRole("checkbox", { checked: true }).count()).toBe(4);
    await page.getByLabel("Nom du CV").fill(cvTitle);
    await page.getByLabel("Titre du CV").fill("Cariste CACES 1, 3 et 5");
    await page.getByRole("radio", { name: /Deux colonnes/ }).check();
    await page.getByRole("checkbox", { name: /Vendangeuse/ }).uncheck();
    await page.getByRole("button", { name: "Monter « Serveuse »" }).click();
    await page.getByText("« Serveuse » est maintenant en position 1.").waitFor();
    await expectHeading(page, cvTitle);
    await check(page, "cvs-02-editor");

    await page.getByRole("button", { name: "Aperçu", exact: true }).click();
    const preview = page.getByRole("article", { name: "Aperçu" });
    await preview.getByText("Cariste CACES 1, 3 et 5").waitFor();
    const previewText = (await preview.textContent()) ?? "";
    expect(previewText).toMatch(/Serveuse.*Ταβέρνα Ελληνικά.*Cariste.*Magazyn Łódź-Widzew/s);
    expect(previewText).toContain("Travail en équipe");
    expect(previewText).not.toMatch(/Vendangeuse|Domaine Müller/);
    await check(page, "cvs-03-preview");

    // The PDF, made on the phone with no network.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Télécharger le PDF" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(pdfName);
    const pdfPath = path.join(artifactsDir, "cvs-export.pdf");
    await download.saveAs(pdfPath);
    await page.getByText(`Fichier prêt : ${pdfName}`).waitFor();
    const info = pdfTool("pdfinfo", pdfPath);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    // No profile filled in: the account's name heads the CV and ends its title.
    expect(info).toMatch(new RegExp(`^Title:\\s+${cvTitle} – ${person.displayName}$`, "m"));
    expect(info).toMatch(/^Page size:.*\(A4\)$/m);
    const fonts = pdfTool("pdffonts", pdfPath).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/ yes +yes +yes /);
    // In reading order (one column, then the other), Polish and Greek intact.
    const text = pdfTool("pdftotext", pdfPath, "-").replace(/\s+/g, " ");
    expect(text).toContain(person.displayName);
    expect(text).toContain("Cariste CACES 1, 3 et 5");
    expect(text).toMatch(
      /Serveuse.*Ταβέρνα Ελληνικά.*Θεσσαλονίκη.*Cariste.*Magazyn Łódź-Widzew.*Łódź/,
    );
    expect(text).toContain("Travail en équipe");
    expect(text).not.toMatch(/Vendangeuse|Domaine Müller/);

    // Back online: everything reaches the server, then the account goes.
    await context.setOffline(false);
    await expect.poll(() => badge(page).textContent(), { timeout: 20_000 }).toBe("Synchronisé");
    const stored = await page.evaluate(async () => {
      const response = await fetch("/api/account/export");
      return (await response.json()) as { records: Record<string, unknown[]>; blobs: unknown[] };
    });
    // 3 experiences, the competency, the proof and the CV.
    expect(Object.values(stored.records).flat()).toHaveLength(6);
    expect(stored.blobs).toHaveLength(1);

    const userId = await page.evaluate(async () => {
      const response = await fetch("/api/auth/me");
      return ((await response.json()) as { user: { id: string } }).user.id;
    });
    await page.getByTestId("header-user").click();
    await expectHeading(page, "Mon compte");
    await page.getByRole("button", { name: "Supprimer mon compte…" }).click();
    await page.getByLabel("Votre mot de passe").fill(person.password);
    await page.getByLabel(/Je comprends/).check();
    await check(page, "cvs-04-delete-account");
    await page.getByRole("button", { name: "Supprimer définitivement" }).click();
    await page.waitForURL("**/sign-in?deleted");
    await page.getByText("Votre compte et toutes vos données ont été supprimés.").waitFor();
    await check(page, "cvs-05-deleted");

    // The device holds nothing of the person any more.
    const leftOnDevice = await page.evaluate<string[]>(deviceContents);
    expect(leftOnDevice.filter((entry) => entry !== "meta.locale")).toEqual([]);

    // The account is gone: its password opens nothing.
    await submitSignIn(page, person);
    await page.getByText("Adresse e-mail ou mot de passe incorrect.").waitFor();
    expect(errors).toEqual([]);
    await context.close();

    // On the server, not one row names the person (id, email, name), holds what they wrote or
    // points at their photo, and the blob store is empty (this server had no one else).
    // The refused attempt above left a sign-in throttle row for the email, keyed by its hash only
    // (it guards the account against guessing, and is swept once its bucket is full again).
    await env.server.stop();
    const left = await serverLeftovers(
      [
        userId,
        person.email,
        person.displayName,
        cvTitle,
        tavern.organisation,
        warehouse.organisation,
        photoSha256,
      ],
      person.email,
    );
    expect(left.columns).toEqual([]);
    expect(left.throttledAfterDeletion).toBe(1);
    expect(left.blobs).toBe(0);
  });
});

/**
 * What the app's IndexedDB still holds: "store: count" for every store with rows, the keys of
 * `meta` (where only the interface language may stay) and the saved queries that hold data (the
 * signed-in user is saved as null). Run in the page; a string, since e2e code is typed for Node.
 */
const deviceContents = `(async () => {
  const found = [];
  for (const { name } of await indexedDB.databases()) {
    const database = await new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = (store, method) =>
      new Promise((resolve, reject) => {
        const request = database.transaction(store).objectStore(store)[method]();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    for (const store of Array.from(database.objectStoreNames)) {
      if (store === "meta") {
        for (const key of await read(store, "getAllKeys")) found.push("meta." + key);
      } else {
        if (store === "queryCache") {
          for (const entry of await read(store, "getAll")) {
            for (const query of entry.value?.clientState?.queries ?? []) {
              if (query.state?.data !== null) found.push("query " + query.queryHash);
            }
          }
        } else {
          const count = await read(store, "count");
          if (count > 0) found.push(store + ": " + count);
        }
      }
    }
    database.close();
  }
  return found;
})()`;

/**
 * Every uuid, text or jsonb column of every table that holds one of `values`, as "table.column
 * holds value", whether the sign-in throttle holds a bucket for `email` (under its hash), and how
 * many blobs the server stores.
 */
async function serverLeftovers(values: string[], email: string) {
  const database = new PGlite(path.join(env.server.dataDir, "pglite"));
  try {
    const columns = await database.query<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns
       where table_schema = 'public' and data_type in ('uuid', 'text', 'jsonb')`,
    );
    const found: string[] = [];
    for (const value of values.filter(Boolean)) {
      for (const { table_name, column_name } of columns.rows) {
        const result = await database.query<{ n: number }>(
          `select count(*)::int as n from "${table_name}" where "${column_name}"::text like $1`,
          [`%${value}%`],
        );
        if ((result.rows[0]?.n ?? 0) > 0) found.push(`${table_name}.${column_name} holds ${value}`);
      }
    }
    const throttled = await database.query<{ n: number }>(
      "select count(*)::int as n from throttle_buckets where key = $1",
      [`account:${createHash("sha256").update(email).digest("hex")}`],
    );
    const blobs = await database.query<{ n: number }>("select count(*)::int as n from blobs");
    return {
      columns: found,
      throttledAfterDeletion: throttled.rows[0]?.n ?? 0,
      blobs: blobs.rows[0]?.n ?? 0,
    };
  } finally {
    await database.close();
  }
}
