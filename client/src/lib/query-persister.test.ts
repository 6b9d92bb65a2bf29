import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openDatabase, wipeDeviceData } from "../db/database";
import { saveLocale } from "../db/meta";
import {
  createDexiePersister,
  persistQueryCache,
  restoreQueryCache,
  saveQueryCache,
} from "./query-persister";

const user = {
  id: "0190f1d2-0000-7000-8000-000000000001",
  email: "a@b.fr",
  role: "person",
  displayName: "Aïcha",
  locale: "fr",
};
const meKey = ["auth", "me"];
let counter = 0;
const databases: ReturnType<typeof openDatabase>[] = [];
function freshDatabase() {
  const database = openDatabase(`persister-test-${++counter}`);
  databases.push(database);
  return database;
}

function clientWithUser(persist = true) {
  const client = new QueryClient();
  client.setQueryDefaults(meKey, { meta: { persist } });
  client.setQueryData(meKey, user);
  client.setQueryData(["not", "persisted"], "secret");
  return client;
}

afterEach(async () => {
  vi.useRealTimers();
  for (const database of databases.splice(0)) await database.delete();
});

describe("Dexie query persister", () => {
  it("a saved query comes back in a new client, as after a reload; others are not saved", async () => {
    const persister = createDexiePersister(freshDatabase());
    await saveQueryCache(clientWithUser(), persister, "1");

    const after = new QueryClient();
    await restoreQueryCache(after, persister, "1");
    expect(after.getQueryData(meKey)).toEqual(user);
    expect(after.getQueryData(["not", "persisted"])).toBeUndefined();
  });

  it("keeps the last data of a query whose refetch failed offline", async () => {
    const database = freshDatabase();
    const persister = createDexiePersister(database);
    const client = clientWithUser();
    await client
      .fetchQuery({
        queryKey: meKey,
        queryFn: () => Promise.reject(new Error("offline")),
        staleTime: 0,
        retry: false,
      })
      .catch(() => undefined);
    expect(client.getQueryState(meKey)?.status).toBe("error");
    await saveQueryCache(client, persister, "1");
    const reloaded = new QueryClient();
    await restoreQueryCache(reloaded, persister, "1");
    expect(reloaded.getQueryData(meKey)).toEqual(user);
  });

  it("a query without meta.persist is never written", async () => {
    const persister = createDexiePersister(freshDatabase());
    await saveQueryCache(clientWithUser(false), persister, "1");
    const after = new QueryClient();
    await restoreQueryCache(after, persister, "1");
    expect(after.getQueryData(meKey)).toBeUndefined();
  });

  it("changes are saved automatically once persistence is on", async () => {
    const persister = createDexiePersister(freshDatabase());
    const client = new QueryClient();
    client.setQueryDefaults(meKey, { meta: { persist: true } });
    const stop = persistQueryCache(client, persister, "1");
    client.setQueryData(meKey, { ...user, displayName: "Nouveau nom" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    const saved = await persister.restore();
    expect(saved?.clientState.queries[0]?.state.data).toMatchObject({ displayName: "Nouveau nom" });
  });

  it("a cache saved by another version of the app is dropped", async () => {
    const persister = createDexiePersister(freshDatabase());
    await saveQueryCache(clientWithUser(), persister, "1");
    const after = new QueryClient();
    await restoreQueryCache(after, persister, "2");
    expect(after.getQueryData(meKey)).toBeUndefined();
    expect(await persister.restore()).toBeUndefined();
  });

  it("garbage in the table restores as nothing rather than crashing", async () => {
    const database = freshDatabase();
    await database.queryCache.put({ key: "react-query", value: { timestamp: "yesterday" } });
    expect(await createDexiePersister(database).restore()).toBeUndefined();
  });

  it("wiping the device removes the cache and the settings, and the database still works after", async () => {
    const database = freshDatabase();
    const persister = createDexiePersister(database);
    await saveQueryCache(clientWithUser(), persister, "1");
    await saveLocale("en", database);

    await wipeDeviceData(database);

    expect(await persister.restore()).toBeUndefined();
    expect(await database.meta.count()).toBe(0);
    await saveLocale("fr", database);
    expect(await database.meta.count()).toBe(1);
  });

  it("erases at restore, from the device too, what `expire` says has outlived its time", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-02T08:00:00Z"));
    const persister = createDexiePersister(freshDatabase());
    const client = clientWithUser();
    client.setQueryDefaults(["kept", "until"], { meta: { persist: true } });
    client.setQueryData(["kept", "until"], Date.parse("2026-03-02T20:00:00Z"));
    await saveQueryCache(client, persister, "1");

    // The device is opened again the next morning: the read's time is up.
    vi.setSystemTime(new Date("2026-03-03T08:00:00Z"));
    const expireEnded = (reloaded: QueryClient) => {
      const until = reloaded.getQueryData<number>(["kept", "until"]);
      if (until === undefined || Date.now() < until) return false;
      reloaded.removeQueries({ queryKey: ["kept", "until"] });
      return true;
    };
    const after = new QueryClient();
    await restoreQueryCache(after, persister, "1", expireEnded);
    expect(after.getQueryData(["kept", "until"])).toBeUndefined();
    expect(after.getQueryData(meKey)).toEqual(user);
    const saved = await persister.restore();
    expect(saved?.clientState.queries.map((query) => query.queryKey)).toEqual([meKey]);
  });
});
