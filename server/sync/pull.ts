import { and, asc, eq, gt, lte, sql } from "drizzle-orm";
import type {
  PulledChange,
  PullRequest,
  PullResponse,
  SyncTable,
} from "../../shared/sync/protocol";
import { DEFAULT_PULL_LIMIT, syncTables } from "../../shared/sync/protocol";
import type { Db } from "../db/connect";
import { ownerVersions, syncClients } from "../db/schema";
import { ApiError } from "../http/errors";
import { syncedTables, wireRecord } from "./tables";

/**
 * The owner's rows with `version > cookie` (docs/sync-protocol.md, "Pull"), oldest first, paged.
 *
 * A page never splits a version: it ends at the version of its `limit`-th row and includes every
 * row of that version, so the returned cookie (the highest version sent) cannot skip a sibling.
 * Everything is read in one repeatable-read snapshot, so `lastMutationId` and the rows agree, and
 * since versions are assigned under the owner's push lock, a write that commits late always has
 * a higher version than the cookie of any pull that could not see it.
 */
export async function pullChanges(
  db: Db,
  ownerId: string,
  request: PullRequest,
): Promise<PullResponse> {
  const limit = request.limit ?? DEFAULT_PULL_LIMIT;
  return db.transaction(
    async (tx) => {
      const [client] = await tx
        .select({ userId: syncClients.userId, lastMutationId: syncClients.lastMutationId })
        .from(syncClients)
        .where(eq(syncClients.clientId, request.clientId));
      if (client && client.userId !== ownerId) {
        throw new ApiError(403, "forbidden", "This sync client belongs to another account.");
      }
      const [owner] = await tx
        .select({ purgedVersion: ownerVersions.purgedVersion })
        .from(ownerVersions)
        .where(eq(ownerVersions.userId, ownerId));
      const purgedVersion = owner?.purgedVersion ?? 0;
      const reset = request.cookie !== null && request.cookie < purgedVersion;
      const from = reset || request.cookie === null ? 0 : request.cookie;
      // Starting over, the first page reaches past every purged tombstone, so its cookie is never
      // below `purgedVersion` again: otherwise the next page would be told to reset once more.
      const floor = from === 0 ? purgedVersion : 0;

      const versionsAbove = (floor: number) => {
        const [first, ...rest] = syncTables.map((table) => {
          const drizzleTable = syncedTables[table];
          return tx
            .select({ version: drizzleTable.version })
            .from(drizzleTable)
            .where(and(eq(drizzleTable.ownerId, ownerId), gt(drizzleTable.version, floor)));
        });
        if (!first) throw new Error("no synced tables");
        return rest.reduce((union, select) => union.unionAll(select), first.$dynamic());
      };
      const [cutoff] = await versionsAbove(from)
        .orderBy(sql`version`)
        .offset(limit - 1)
        .limit(1);
      const upTo = cutoff ? Math.max(cutoff.version, floor) : null;

      const changes: PulledChange[] = [];
      for (const table of syncTables) {
        const drizzleTable = syncedTables[table];
        const rows = await tx
          .select()
          .from(drizzleTable)
          .where(
            and(
              eq(drizzleTable.ownerId, ownerId),
              gt(drizzleTable.version, from),
              upTo === null ? undefined : lte(drizzleTable.version, upTo),
            ),
          )
          .orderBy(asc(drizzleTable.version));
        for (const row of rows) changes.push(pulledChange(table, row));
      }
      changes.sort((a, b) => a.version - b.version);

      let hasMore = false;
      if (upTo !== null) hasMore = (await versionsAbove(upTo).limit(1)).length > 0;
      const cookie = Math.max(changes.at(-1)?.version ?? from, floor);
      return { cookie, lastMutationId: client?.lastMutationId ?? 0, hasMore, reset, changes };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

function pulledChange(
  table: SyncTable,
  row: (typeof syncedTables)[SyncTable]["$inferSelect"],
): PulledChange {
  return {
    table,
    key: row.id,
    version: row.version,
    deleted: row.deleted,
    record: wireRecord(row),
  };
}
