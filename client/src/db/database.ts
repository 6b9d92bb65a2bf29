import Dexie, { type EntityTable, type Table } from "dexie";
import type { Mutation, SyncTable } from "../../../shared/sync/protocol";
import type { ReplicaRecord } from "../../../shared/sync/replica";

/** Small device settings (language, later the sync client id). Never portfolio content. */
export type MetaEntry = { key: string; value: unknown };

/** The persisted TanStack Query cache (see lib/query-persister.ts), one row per cache. */
export type QueryCacheEntry = { key: string; value: unknown };

export const DATABASE_NAME = "skillfolio";

/** The last server copy of a synced record, keyed `${table}:${id}` (see shared/sync/replica.ts). */
export type ServerCopyEntry = { slot: string; table: SyncTable; record: ReplicaRecord };

/** A queued mutation, with its record's slot for per-record look-ups. */
export type OutboxEntry = Mutation & { slot: string };

/**
 * A mutation the server refused (see shared/sync/replica.ts), out of the outbox and kept until the
 * person fixes or discards it. `id` is the mutation's id; `fields` the fields the server named.
 */
export type RejectionEntry = Mutation & {
  slot: string;
  code: string;
  message: string;
  rejectedAt: string;
};

/** Bytes of a proof or photo, content-addressed; kept as ArrayBuffer (Safari rejects Blobs). */
export type BlobEntry = {
  sha256: string;
  mime: string;
  size: number;
  bytes: ArrayBuffer;
  /** When the server confirmed it has the bytes; null while waiting to upload. */
  uploadedAt: string | null;
};

/** The imported reference (ESCO) downloaded from the server, one row per source. */
export type ReferenceCacheEntry = { key: string; version: number; entries: unknown[] };

export type SkillfolioDatabase = Dexie & {
  meta: EntityTable<MetaEntry, "key">;
  queryCache: EntityTable<QueryCacheEntry, "key">;
  serverCopies: EntityTable<ServerCopyEntry, "slot">;
  outbox: EntityTable<OutboxEntry, "id">;
  blobs: EntityTable<BlobEntry, "sha256">;
  referenceCache: EntityTable<ReferenceCacheEntry, "key">;
  rejections: EntityTable<RejectionEntry, "id">;
} & { [table in SyncTable]: Table<ReplicaRecord, string> };

/**
 * The device's database. `strict` durability makes Chrome flush each transaction to disk before
 * reporting success, so an acknowledged local write survives a crash or a killed tab.
 */
export function openDatabase(name = DATABASE_NAME): SkillfolioDatabase {
  const database = new Dexie(name, { chromeTransactionDurability: "strict" }) as SkillfolioDatabase;
  database.version(1).stores({ meta: "key", queryCache: "key" });
  // The person's portfolio: the views shown on screen (one table per synced entity, named as in
  // the sync protocol), the server copies they are rebased on, and the outbox.
  database.version(2).stores({
    profile: "id",
    experience: "id, kind, deleted",
    competency: "id, category, deleted",
    proof: "id, deleted",
    cv: "id, deleted",
    serverCopies: "slot",
    outbox: "id, slot",
    blobs: "sha256, uploadedAt",
    referenceCache: "key",
  });
  // Mutations the server refused, for the person to fix or discard (never retried on their own).
  database.version(3).stores({ rejections: "id, slot" });
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
