/**
 * In Chromium, end to end on loopback (docs/architecture.md, "Quality bars"; issues 3 and 4):
 * - a fresh device pulls and stores 10 000 records (target ≤ 3 s), against the time the server
 *   alone takes to answer the same pull pages (the baseline, measured in the same run);
 * - offline cold start to the experience list with those records on the device (target ≤ 1 s).
 * Run after `npm run build`:  npm run bench:browser   (BENCH_RECORDS to change the count)
 */

import { launchChromium, phone } from "../e2e/support/browser";
import { startServer } from "../e2e/support/server";
import { uuidv7 } from "../shared/ids";
import { experienceDefaults } from "../shared/schemas/index";
import { SYNC_SCHEMA_VERSION } from "../shared/sync/protocol";

const RECORDS = Number(process.env.BENCH_RECORDS ?? 10_000);

async function main() {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const signup = await fetch(`${server.url}/api/auth/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        email: `bench-${uuidv7()}@bench.fr`,
        password: "un cheval correct agrafe",
        displayName: "Bench",
      }),
    });
    const cookie =
      signup.headers
        .getSetCookie()
        .find((line) => line.startsWith("sf_session="))
        ?.split(";")[0] ?? "";
    const post = (path: string, body: unknown) =>
      fetch(`${server.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify(body),
      });

    const seeder = uuidv7();
    for (let start = 0; start < RECORDS; start += 100) {
      const mutations = Array.from({ length: Math.min(100, RECORDS - start) }, (_, offset) => ({
        id: start + offset + 1,
        table: "experience",
        key: uuidv7(),
        op: "put",
        baseVersion: 0,
        changes: {
          ...experienceDefaults,
          title: `Expérience ${start + offset}`,
          startDate: "2020-01",
          location: "Épernay",
        },
      }));
      const response = await post("/api/sync/push", {
        clientId: seeder,
        schemaVersion: SYNC_SCHEMA_VERSION,
        mutations,
      });
      if (response.status !== 200) throw new Error(await response.text());
    }

    // Baseline: the same pages, fetched by Node with nothing stored.
    const baselineStart = performance.now();
    let cookieValue: number | null = null;
    for (;;) {
      const page = (await (
        await post("/api/sync/pull", { clientId: uuidv7(), cookie: cookieValue })
      ).json()) as {
        cookie: number;
        hasMore: boolean;
      };
      cookieValue = page.cookie;
      if (!page.hasMore) break;
    }
    const baselineMs = performance.now() - baselineStart;

    // bypassCSP: the probes below are evaluated strings, which the app's CSP rightly forbids.
    const context = await browser.newContext({ ...phone, baseURL: server.url, bypassCSP: true });
    const [name, value] = cookie.split("=");
    await context.addCookies([{ name: name ?? "", value: value ?? "", url: server.url }]);
    const page = await context.newPage();
    const start = performance.now();
    await page.goto("/experiences");
    // Runs in the page: counts the experiences stored in the app's IndexedDB.
    // Never creates the database (aborts the upgrade) and always closes its connection, or the
    // app's own open would be blocked.
    const storedAll = `new Promise((resolve) => {
      const open = indexedDB.open("skillfolio");
      open.onupgradeneeded = () => open.transaction.abort();
      open.onsuccess = () => {
        const database = open.result;
        if (!database.objectStoreNames.contains("experience")) {
          database.close();
          return resolve(false);
        }
        const count = database.transaction("experience").objectStore("experience").count();
        count.onsuccess = () => {
          database.close();
          resolve(count.result >= ${RECORDS});
        };
        count.onerror = () => {
          database.close();
          resolve(false);
        };
      };
      open.onerror = () => resolve(false);
    })`;
    // page.evaluate awaits the promise (waitForFunction would only see a truthy Promise object).
    const deadline = Date.now() + 120_000;
    while (!(await page.evaluate(storedAll))) {
      if (Date.now() > deadline) throw new Error(`${RECORDS} records not stored after 120 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const pullMs = performance.now() - start;
    console.log(`records: ${RECORDS}`);
    console.log(
      `server alone, all pull pages (Node fetch, nothing stored): ${baselineMs.toFixed(0)} ms`,
    );
    console.log(
      `fresh device in Chromium, page load to ${RECORDS} records stored: ${pullMs.toFixed(0)} ms (target <= 3000); ratio to server alone: ${(pullMs / baselineMs).toFixed(2)}`,
    );

    // The first visit installs the service worker; the page it controls is the next one.
    await page.waitForFunction("navigator.serviceWorker.ready.then(() => true)", null, {
      timeout: 30_000,
    });
    await page.reload();
    await page.waitForFunction("navigator.serviceWorker.controller !== null", null, {
      timeout: 30_000,
    });
    await context.setOffline(true);
    const coldStarts: number[] = [];
    for (let run = 0; run < 3; run++) {
      const coldStart = performance.now();
      await page.reload();
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page
        .getByText(/Expérience \d+/)
        .first()
        .waitFor({ timeout: 30_000 });
      coldStarts.push(performance.now() - coldStart);
    }

    console.log(
      `offline cold start to the experience list (3 runs): ${coldStarts.map((ms) => ms.toFixed(0)).join(", ")} ms (target <= 1000)`,
    );
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
