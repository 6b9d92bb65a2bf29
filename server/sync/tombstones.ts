import { and, eq, lt, sql } from "drizzle-orm";
import { syncTables } from "../../shared/sync/protocol";
import type { Db } from "../db/connect";
import { ownerVersions } from "../db/schema";
import { syncedTables } from "./tables";

export const TOMBSTONE_RETENTION_DAYS = 180;

/**
 * Deletes tombstones older than the retention and raises each owner's `purged_version`, so a
 * device whose cookie is older than a purged tombstone is told to start over rather than keep a
 * record that was deleted elsewhere.
 */
export async function purgeTombstones(db: Db, now = new Date()) {
  const before = new Date(now.getTime() - TOMBSTONE_RETENTION_DAYS * 24 * 3600_000);
  let purged = 0;
  await db.transaction(async (tx) => {
    const horizon = new Map<string, number>();
    for (const table of syncTables) {
      const drizzleTable = syncedTables[table];
      const removed = await tx
        .delete(drizzleTable)
        .where(and(eq(drizzleTable.deleted, true), lt(drizzleTable.updatedAt, before)))
        .returning({ ownerId: drizzleTable.ownerId, version: drizzleTable.version });
      purged += removed.length;
      for (const row of removed)
        horizon.set(row.ownerId, Math.max(horizon.get(row.ownerId) ?? 0, row.version));
    }
    for (const [ownerId, version] of horizon) {
      await tx
        .update(ownerVersions)
        .set({ purgedVersion: sql`greatest(${ownerVersions.purgedVersion}, ${version})` })
        .where(eq(ownerVersions.userId, ownerId));
    }
  });
  return purged;
}
