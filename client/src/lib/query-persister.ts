import type { DehydratedState } from "@tanstack/react-query";
import type { PersistedClient, Persister } from "@tanstack/react-query-persist-client";
import { z } from "zod/mini";
import type { SkillfolioDatabase } from "../db/database";

const CACHE_KEY = "react-query";

/** Only the envelope is checked here; each query's data is re-validated by its own fetcher. */
const persistedClientSchema = z.object({
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

/**
 * Keeps TanStack Query's cache in the device database (not localStorage), so the last view of
 * network-only data, such as the signed-in user, reads offline after a reload.
 */
export function createDexiePersister(database: SkillfolioDatabase): Persister {
  return {
    async persistClient(client: PersistedClient) {
      await database.queryCache.put({ key: CACHE_KEY, value: client });
    },
    async restoreClient() {
      const entry = await database.queryCache.get(CACHE_KEY);
      const parsed = persistedClientSchema.safeParse(entry?.value);
      return parsed.success ? parsed.data : undefined;
    },
    async removeClient() {
      await database.queryCache.delete(CACHE_KEY);
    },
  };
}
