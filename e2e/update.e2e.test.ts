import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { phone, watchPageErrors } from "./support/browser";
import { journeyEnvironment } from "./support/environment";
import {
  check,
  expectHeading,
  type Person,
  signUp,
  waitForServiceWorkerControl,
} from "./support/journey";
import { builtClient } from "./support/server";

/** The server serves a copy of the built client, which the test changes to "deploy". */
const deployed = mkdtempSync(path.join(tmpdir(), "skillfolio-deploy-"));
beforeAll(() => cpSync(builtClient, deployed, { recursive: true }));
afterAll(() => rmSync(deployed, { recursive: true, force: true }));

const env = journeyEnvironment({ clientDist: deployed });
const person: Person = {
  displayName: "Théo Garnier",
  email: `theo-${Date.now()}@example.fr`,
  password: "le train de nuit arrive",
};

const newVersionMarker = '<meta name="skillfolio-version" content="2" />';

/**
 * A new version as the browser sees it: index.html changes, so the service worker's precache
 * manifest gives it a new revision, so sw.js is no longer byte-for-byte the installed one.
 */
function deployNewVersion() {
  const indexPath = path.join(deployed, "index.html");
  const index = readFileSync(indexPath, "utf8").replace("<head>", `<head>\n${newVersionMarker}`);
  writeFileSync(indexPath, index);
  const workerPath = path.join(deployed, "sw.js");
  const worker = readFileSync(workerPath, "utf8");
  const revision = createHash("md5").update(index).digest("hex");
  const newWorker = worker.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, `$1${revision}"`);
  expect(newWorker).not.toBe(worker);
  writeFileSync(workerPath, newWorker);
}

describe("a new version deployed while the app is open", () => {
  it("is announced by a banner, and comes in only when the person reloads", async () => {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    const errors = watchPageErrors(page);

    await signUp(page, env.server.url, person);
    await waitForServiceWorkerControl(page);
    await page
      .getByRole("navigation")
      .getByRole("link", { name: "Compétences", exact: true })
      .click();
    await expectHeading(page, "Compétences");
    const banner = page
      .getByRole("status")
      .filter({ hasText: "Une nouvelle version est disponible." });
    expect(await banner.count()).toBe(0);

    deployNewVersion();
    // The app looks for a new version when it comes back to the screen (and every hour).
    await page.evaluate('document.dispatchEvent(new Event("visibilitychange"))');
    await banner.waitFor({ timeout: 20_000 });
    const reload = banner.getByRole("button", { name: "Recharger" });
    expect(await reload.count()).toBe(1);
    await check(page, "update-01-banner");
    // Still the old version until the person chooses: nothing swapped in under them.
    expect(await page.locator('meta[name="skillfolio-version"]').count()).toBe(0);
    expect(
      await page.evaluate(
        "navigator.serviceWorker.getRegistration().then((r) => r.waiting !== null)",
      ),
    ).toBe(true);

    await Promise.all([page.waitForEvent("load"), reload.click()]);
    await page.locator('meta[name="skillfolio-version"]').waitFor({ state: "attached" });
    await expectHeading(page, "Compétences");
    expect(await banner.count()).toBe(0);
    expect(
      await page.evaluate(
        "navigator.serviceWorker.getRegistration().then((r) => r.waiting === null && r.active === navigator.serviceWorker.controller)",
      ),
    ).toBe(true);
    expect(
      await page.evaluate("new URL(navigator.serviceWorker.controller.scriptURL).pathname"),
    ).toBe("/sw.js");

    expect(errors).toEqual([]);
    await context.close();
  });
});
