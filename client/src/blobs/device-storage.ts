import { db, type SkillfolioDatabase } from "../db/database";

const PERSIST_ASKED = "storage.persistAsked";

/** The browser's storage manager, when it has one (older Safari, some webviews do not). */
export type DeviceStorage = Pick<StorageManager, "estimate" | "persist" | "persisted">;

const deviceStorage = (): DeviceStorage | null =>
  typeof navigator !== "undefined" && navigator.storage && "persist" in navigator.storage
    ? navigator.storage
    : null;

/**
 * Asks the browser, once per device, not to evict this site's data under storage pressure
 * (docs/sync-protocol.md, "Blobs"). Called after the person's first saved proof or profile:
 * browsers grant it more readily to a site with data, and asking earlier would ask for nothing.
 */
export async function requestPersistenceOnce(
  storage: DeviceStorage | null = deviceStorage(),
  database: SkillfolioDatabase = db,
): Promise<void> {
  if (!storage) return;
  try {
    if ((await database.meta.get(PERSIST_ASKED))?.value === true) return;
    await database.meta.put({ key: PERSIST_ASKED, value: true });
    if (!(await storage.persisted())) await storage.persist();
  } catch (error) {
    console.warn("[skillfolio] could not ask for persistent storage", error);
  }
}

export type StorageReport = { usage: number | null; quota: number | null; persisted: boolean };

/** How much this site stores on the device, out of how much, and whether it may be evicted. */
export async function readStorageReport(
  storage: DeviceStorage | null = deviceStorage(),
): Promise<StorageReport | null> {
  if (!storage) return null;
  const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted()]);
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}

/** Asks for persistent storage now (the Account screen's button); resolves to the answer. */
export async function requestPersistence(
  storage: DeviceStorage | null = deviceStorage(),
): Promise<boolean> {
  return storage ? storage.persist() : false;
}
