import Dexie, { type EntityTable } from "dexie";

/** Small device settings (language, later the sync client id). Never portfolio content. */
export type MetaEntry = { key: string; value: unknown };

/** The persisted TanStack Query cache (see lib/query-persister.ts), one row per cache. */
export type QueryCacheEntry = { key: string; value: unknown };

export const DATABASE_NAME = "skillfolio";

export type SkillfolioDatabase = Dexie & {
  meta: EntityTable<MetaEntry, "key">;
  queryCache: EntityTable<QueryCacheEntry, "key">;
};

/**
 * The device's database. `strict` durability makes Chrome flush each transaction to disk before
 * reporting success, so an acknowledged local write survives a crash or a killed tab.
 */
export function openDatabase(name = DATABASE_NAME): SkillfolioDatabase {
  const database = new Dexie(name, { chromeTransactionDurability: "strict" }) as SkillfolioDatabase;
  database.version(1).stores({ meta: "key", queryCache: "key" });
  return database;
}

export const db = openDatabase();

/**
 * Erases everything this device holds for the signed-in person (sign-out). The service worker's
 * precache is the app itself, not personal data, so it stays and the app still opens offline.
 */
export async function wipeDeviceData(database: SkillfolioDatabase = db): Promise<void> {
  await database.delete({ disableAutoOpen: false });
}
