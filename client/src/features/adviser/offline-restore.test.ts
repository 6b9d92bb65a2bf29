import { afterEach, describe, expect, it, vi } from "vitest";
import { openDatabase } from "../../db/database";
import { createQueryClient } from "../../lib/query-client";
import { createDexiePersister, restoreQueryCache, saveQueryCache } from "../../lib/query-persister";
import { meQueryKey, registerSessionQueries } from "../../session/me";
import { sharedPortfolioQueryOptions } from "./adviser-api";
import { ADVISER_SESSION_MS, adviserKeys, expireAdviserCopies } from "./offline-limits";
import { SHARE_ID, sharedPortfolio } from "./testing/shared-portfolio";

const signedInAt = Date.parse("2026-03-02T08:00:00Z");
let opened = 0;
let database = openDatabase("adviser-offline-restore-0");
afterEach(async () => {
  vi.useRealTimers();
  await database.delete();
  database = openDatabase(`adviser-offline-restore-${++opened}`);
});

/** An adviser's device that read Camille's portfolio an hour after signing in, then was closed. */
async function closedDevice() {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(signedInAt + 3600_000);
  const client = createQueryClient();
  registerSessionQueries(client);
  client.setQueryDefaults(adviserKeys.all, { meta: { persist: true } });
  client.setQueryData(meQueryKey, {
    id: "01900000-0000-7000-8000-000000000011",
    email: "alex@francetravail.fr",
    role: "adviser",
    displayName: "Alex Conseil",
    locale: "fr",
    secondFactor: "passed",
    sessionExpiresAt: new Date(signedInAt + ADVISER_SESSION_MS).toISOString(),
  });
  client.setQueryData(sharedPortfolioQueryOptions(SHARE_ID).queryKey, sharedPortfolio());
  const persister = createDexiePersister(database);
  await saveQueryCache(client, persister, "1");
  return persister;
}

async function reopen(persister: ReturnType<typeof createDexiePersister>, at: number) {
  vi.setSystemTime(at);
  const client = createQueryClient();
  registerSessionQueries(client);
  await restoreQueryCache(client, persister, "1", expireAdviserCopies);
  return client;
}

describe("an adviser's device reopened offline", () => {
  it("still shows the portfolio within the session's twelve hours", async () => {
    const persister = await closedDevice();
    const client = await reopen(persister, signedInAt + ADVISER_SESSION_MS - 60_000);
    expect(client.getQueryData(adviserKeys.portfolio(SHARE_ID))).toMatchObject({
      share: { id: SHARE_ID },
    });
  });

  it("shows nothing of it once the session is over, and the device no longer holds it", async () => {
    const persister = await closedDevice();
    const client = await reopen(persister, signedInAt + ADVISER_SESSION_MS);
    expect(client.getQueryData(adviserKeys.portfolio(SHARE_ID))).toBeUndefined();
    expect(client.getQueryData(meQueryKey)).toBeNull();
    const saved = JSON.stringify(await persister.restore());
    expect(saved).not.toContain("Camille");
    expect(saved).not.toContain(SHARE_ID);
  });
});
