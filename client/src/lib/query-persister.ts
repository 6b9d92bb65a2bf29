import {
  type DehydratedState,
  dehydrate,
  hydrate,
  type Query,
  type QueryClient,
} from "@tanstack/react-query";
import { z } from "zod/mini";
import type { SkillfolioDatabase } from "../db/database";

const CACHE_KEY = "react-query";

/** The query cache as saved on the device, with the app version (`buster`) that wrote it. */
export type PersistedCache = { timestamp: number; buster: string; clientState: DehydratedState };

/** Only the envelope is checked here; each query's data is re-validated by its own fetcher. */
const persistedCacheSchema = z.object({
  timestamp: z.number(),
  buster: z.string(),
  clientState: z.custom<DehydratedState>(
    (value) =>
      typeof value === "object" &&
      value !== null &&
      Array.isArray(Reflect.get(value, "queries")) &&
      Array.isArray(Reflect.get(value, "mutations")),
  ),
});

export type QueryPersister = {
  save: (cache: PersistedCache) => Promise<void>;
  restore: () => Promise<PersistedCache | undefined>;
  remove: () => Promise<void>;
};

/**
 * Keeps TanStack Query's cache in the device database (not localStorage), so the last view of
 * network-only data, such as the signed-in user, reads offline after a reload.
 */
export function createDexiePersister(database: SkillfolioDatabase): QueryPersister {
  return {
    async save(cache) {
      await database.queryCache.put({ key: CACHE_KEY, value: cache });
    },
    async restore() {
      const entry = await database.queryCache.get(CACHE_KEY);
      const parsed = persistedCacheSchema.safeParse(entry?.value);
      return parsed.success ? parsed.data : undefined;
    },
    async remove() {
      await database.queryCache.delete(CACHE_KEY);
    },
  };
}

/**
 * Only queries that ask for it (`meta.persist`) and hold data are written to the device. A query
 * whose refetch failed offline still holds its last data: that is exactly what must be kept, or the
 * next offline reload would find nothing and hang on the splash screen.
 */
export function shouldPersist(query: Query): boolean {
  return query.meta?.persist === true && query.state.data !== undefined;
}

/**
 * Puts the saved cache back into `queryClient`; a cache from another app version is dropped.
 * `expire` then erases what has outlived its time (it says whether it erased anything), before
 * any screen can show it, and the device's copy is saved again without it.
 */
export async function restoreQueryCache(
  queryClient: QueryClient,
  persister: QueryPersister,
  buster: string,
  expire: (queryClient: QueryClient) => boolean = () => false,
) {
  const saved = await persister.restore();
  if (!saved) return;
  if (saved.buster !== buster) {
    await persister.remove();
    return;
  }
  hydrate(queryClient, saved.clientState);
  if (expire(queryClient)) await saveQueryCache(queryClient, persister, buster);
}

export function saveQueryCache(
  queryClient: QueryClient,
  persister: QueryPersister,
  buster: string,
) {
  const clientState = dehydrate(queryClient, { shouldDehydrateQuery: shouldPersist });
  return persister.save({ timestamp: Date.now(), buster, clientState });
}

/**
 * Saves the cache after every change, coalesced to one write per burst of changes. Returns the
 * function that stops it.
 */
export function persistQueryCache(
  queryClient: QueryClient,
  persister: QueryPersister,
  buster: string,
) {
  let scheduled = false;
  return queryClient.getQueryCache().subscribe(() => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      saveQueryCache(queryClient, persister, buster).catch((error: unknown) =>
        console.error("Could not save the query cache on this device", error),
      );
    });
  });
}
