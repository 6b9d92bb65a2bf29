import { execFileSync } from "node:child_process";
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
  displayName: "Zofia",
  email: `zofia-${Date.now()}@example.pl`,
  password: "les caristes de Łódź",
};

/** A JSON Resume, as another tool exports it: four experiences, three skills, names in three scripts. */
const resume = {
  basics: {
    name: "Zofia Łukasiewicz-Δημητρίου",
    label: "Préparatrice de commandes",
    email: "zofia@example.pl",
    summary: "Cinq ans en logistique, CACES 1, 3 et 5.",
    location: { city: "Metz" },
  },
  work: [
    {
      name: "Entrepôt d’Ennery",
      position: "Préparatrice de commandes",
      startDate: "2021-03",
      endDate: "2024-06",
    },
    { name: "Piekarnia Żółć", position: "Vendeuse", startDate: "2019-09", endDate: "2021-02" },
    { name: "Domaine Müller", position: "Vendangeuse", startDate: "2018-09", endDate: "2018-10" },
    { name: "Ταβέρνα Ελληνικά", position: "Serveuse", startDate: "2017-06", endDate: "2017-08" },
  ],
  skills: [{ name: "Conduite de chariots élévateurs" }, { name: "Travail en équipe" }],
};

const badge = (page: Page) => page.getByTestId("sync-badge-text");
const pdfTool = (tool: string, ...args: string[]) =>
  execFileSync(tool, args, { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });

describe("a CV on a phone, offline, then the account deleted", () => {
  it("builds a CV offline, exports its PDF, then deletes the account and nothing of it is left on the server", async () => {
    const context = await env.browser.newContext({ ...phone, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    await signUp(page, env.server.url, person);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);

    // The portfolio, offline: a JSON Resume import and a photo proof (a file for the server to hold).
    await page.goto(`${env.server.url}/data`);
    await page.locator('input[name="import"]').setInputFiles({
      name: "resume.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(resume)),
    });
    await page.getByRole("heading", { name: "Aperçu de l’import" }).waitFor();
    await page.getByRole("button", { name: "Importer" }).click();
    await page.getByText(/^Import terminé/).waitFor();
    await page.getByRole("navigation").getByRole("link", { name: "Preuves", exact: true }).click();
    await page.getByRole("link", { name: "Ajouter une preuve" }).click();
    await page.locator('input[name="file"]').setInputFiles({
      name: "caces.png",
      mimeType: "image/png",
      buffer: makePng(320, 240, [200, 80, 40]),
    });
    await page.getByLabel("Titre").fill("CACES R489");
    await page.getByRole("button", { name: "Enregistrer la preuve" }).click();
    await page.getByText("CACES R489").first().waitFor();

    // A CV: everything at first, then one experience out and another moved up.
    await page.getByRole("navigation").getByRole("link", { name: "CV", exact: true }).click();
    await expectHeading(page, "Mes CV");
    await check(page, "cvs-01-none");
    await page.getByRole("button", { name: "Créer un CV" }).click();
    await page.getByRole("group", { name: "Expériences du CV" }).waitFor();
    await page.getByLabel("Nom du CV").fill("Cariste – Metz");
    await page.getByLabel("Titre du CV").fill("Cariste CACES 1, 3 et 5");
    await page.getByRole("radio", { name: /Deux colonnes/ }).check();
    await page.getByRole("checkbox", { name: /Vendangeuse/ }).uncheck();
    await page.getByRole("button", { name: "Monter « Serveuse »" }).click();
    await page.getByText("« Serveuse » est maintenant en position 2.").waitFor();
    await expectHeading(page, "Cariste – Metz");
    await check(page, "cvs-02-editor");

    await page.getByRole("button", { name: "Aperçu", exact: true }).click();
    const preview = page.getByRole("article", { name: "Aperçu" });
    await preview.getByText("Cariste CACES 1, 3 et 5").waitFor();
    const previewText = (await preview.textContent()) ?? "";
    expect(previewText).toMatch(/Préparatrice de commandes.*Serveuse.*Vendeuse/s);
    expect(previewText).not.toContain("Vendangeuse");
    await check(page, "cvs-03-preview");

    // The PDF, made on the phone with no network.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Télécharger le PDF" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("Cariste-Metz.pdf");
    const pdfPath = path.join(artifactsDir, "cvs-cariste-metz.pdf");
    await download.saveAs(pdfPath);
    await page.getByText("Fichier prêt : Cariste-Metz.pdf").waitFor();
    const info = pdfTool("pdfinfo", pdfPath);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Cariste – Metz/m);
    expect(info).toMatch(/^Page size:.*\(A4\)$/m);
    const fonts = pdfTool("pdffonts", pdfPath).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/ yes +yes +yes /);
    // In reading order (one column, then the other); the name wraps at its hyphen, which
    // pdftotext joins back without it.
    const text = pdfTool("pdftotext", pdfPath, "-").replace(/\s+/g, " ");
    expect(text).toMatch(/Zofia Łukasiewicz-? ?Δημητρίου/);
    expect(text).toContain("Ταβέρνα Ελληνικά");
    expect(text).toContain("Piekarnia Żółć");
    expect(text).toMatch(/Préparatrice de commandes.*Serveuse.*Vendeuse/);
    expect(text).not.toContain("Vendangeuse");

    // Back online: everything reaches the server, then the account goes.
    await context.setOffline(false);
    await expect.poll(() => badge(page).textContent(), { timeout: 20_000 }).toBe("Synchronisé");
    const stored = await page.evaluate(async () => {
      const response = await fetch("/api/account/export");
      return (await response.json()) as { records: Record<string, unknown[]>; blobs: unknown[] };
    });
    // Profile, 4 experiences, 2 competencies, the proof and the CV.
    expect(Object.values(stored.records).flat()).toHaveLength(9);
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

    // On the server, not one row names the person, by id or by email.
    // The one exception is the counter of failed sign-ins that the refused attempt above started
    // after the deletion (it guards the address against guessing, and is swept after a day).
    await env.server.stop();
    const { columns, attemptsAfterDeletion } = await rowsNaming(
      [person.email, userId],
      person.email,
    );
    expect(columns).toEqual(["rate_limits.key"]);
    expect(attemptsAfterDeletion).toBe(1);
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
 * Every uuid, text or jsonb column of every table that holds one of `values`, as "table.column",
 * and how many failed sign-ins the rate-limit counter of `email` holds.
 */
async function rowsNaming(values: string[], email: string) {
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
        if ((result.rows[0]?.n ?? 0) > 0) found.push(`${table_name}.${column_name}`);
      }
    }
    const limits = await database.query<{ count: number }>(
      "select count from rate_limits where key = $1",
      [`account:${email}`],
    );
    return { columns: [...new Set(found)], attemptsAfterDeletion: limits.rows[0]?.count ?? 0 };
  } finally {
    await database.close();
  }
}
