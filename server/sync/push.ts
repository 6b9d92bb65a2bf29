import { eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { StoredRecord } from "../../shared/sync/merge";
import type {
  Mutation,
  PushRequest,
  PushResponse,
  Rejection,
  SyncTable,
} from "../../shared/sync/protocol";
import { SYNC_SCHEMA_VERSION, syncTableSchema } from "../../shared/sync/protocol";
import type { Db } from "../db/connect";
import { conflicts, ownerVersions, syncClients } from "../db/schema";
import { ApiError } from "../http/errors";
import {
  BatchMerger,
  type ConflictRow,
  type MutationFailure,
  type RowState,
  unstorable,
} from "./batch-merger";
import { fieldsOf, type SyncedRow, syncedTables } from "./tables";

export const SYNC_CHANNEL = "skillfolio_sync";

/** Advisory-lock namespace of the per-owner push lock (any constant that no other lock uses). */
const OWNER_LOCK_NAMESPACE = 0x5f5f;

type Transaction = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Applies a client's outbox (docs/sync-protocol.md, "Push") in one transaction under the
 * owner's advisory lock: replays (`id ≤ last_mutation_id`) are skipped, a gap stops the batch,
 * every mutation is merged by the shared per-field rule, and the rows it changed are stamped with
 * one new owner version.
 *
 * One mutation never blocks the others: whatever makes it fail (its validation, its authorisation,
 * an exception in the merge, the database refusing its row) becomes its rejection, and
 * `last_mutation_id` moves past it. For speed the batch is first written in bulk, a handful of
 * statements, inside a savepoint; only if that fails is it replayed one mutation per savepoint, so
 * the database's refusal lands on the mutation that caused it.
 */
export async function applyPush(
  db: Db,
  ownerId: string,
  request: PushRequest,
  onFailure: MutationFailure = () => {},
): Promise<PushResponse> {
  if (request.schemaVersion !== SYNC_SCHEMA_VERSION) {
    throw new ApiError(
      400,
      "invalid_input",
      `This server speaks sync schema ${SYNC_SCHEMA_VERSION}; update the app.`,
    );
  }
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(${OWNER_LOCK_NAMESPACE}, hashtext(${ownerId}))`,
    );
    let lastMutationId = await claimClient(tx, request.clientId, ownerId);

    const batch: Mutation[] = [];
    for (const mutation of [...request.mutations].sort((a, b) => a.id - b.id)) {
      if (mutation.id <= lastMutationId + batch.length) continue;
      if (mutation.id !== lastMutationId + batch.length + 1) break;
      batch.push(mutation);
    }
    if (batch.length === 0) return { lastMutationId, rejections: [] };
    lastMutationId = batch[batch.length - 1]?.id ?? lastMutationId;

    const merger = new BatchMerger(ownerId, request.clientId, await nextOwnerVersion(tx, ownerId));
    const loaded = await loadRows(tx, batch);
    let result: { changed: number; rejections: Rejection[] };
    const failures: Parameters<MutationFailure>[] = [];
    try {
      result = await tx.transaction((savepoint) =>
        writeInBulk(savepoint, merger, batch, loaded, (...failure) => failures.push(failure)),
      );
      for (const failure of failures) onFailure(...failure);
    } catch {
      // The bulk write was refused as a whole; the replay finds (and reports) which mutation.
      result = await writeOneByOne(tx, merger, batch, loaded, onFailure);
    }

    if (result.changed > 0) {
      await tx
        .update(ownerVersions)
        .set({ version: merger.newVersion })
        .where(eq(ownerVersions.userId, ownerId));
      await tx.execute(sql`select pg_notify(${SYNC_CHANNEL}, ${ownerId})`);
    }
    await tx
      .update(syncClients)
      .set({ lastMutationId, lastSeenAt: new Date() })
      .where(eq(syncClients.clientId, request.clientId));
    return { lastMutationId, rejections: result.rejections };
  });
}

/** The fast path: merge the whole batch in memory, then write its rows and conflicts in bulk. */
async function writeInBulk(
  tx: Transaction,
  merger: BatchMerger,
  batch: Mutation[],
  loaded: Map<string, RowState>,
  onFailure: MutationFailure,
) {
  const rows = new Map(loaded);
  const rejections: Rejection[] = [];
  const lostValues: ConflictRow[] = [];
  for (const mutation of batch) {
    const merged = merger.merge(mutation, rows, onFailure);
    if ("rejection" in merged) {
      rejections.push(merged.rejection);
      continue;
    }
    lostValues.push(...merged.lost);
    if (merged.row) rows.set(merged.slot, merged.row);
  }
  const changed = await writeRows(tx, rows);
  if (lostValues.length > 0) await tx.insert(conflicts).values(lostValues);
  return { changed, rejections };
}

/** The fallback: each mutation merged and written in its own savepoint, its failure its own. */
async function writeOneByOne(
  tx: Transaction,
  merger: BatchMerger,
  batch: Mutation[],
  loaded: Map<string, RowState>,
  onFailure: MutationFailure,
) {
  const rows = new Map(loaded);
  const rejections: Rejection[] = [];
  let changed = 0;
  for (const mutation of batch) {
    const merged = merger.merge(mutation, rows, onFailure);
    if ("rejection" in merged) {
      rejections.push(merged.rejection);
      continue;
    }
    const { row, lost, slot } = merged;
    try {
      await tx.transaction(async (savepoint) => {
        if (row) await writeRows(savepoint, new Map([[slot, row]]));
        if (lost.length > 0) await savepoint.insert(conflicts).values(lost);
      });
    } catch (error) {
      onFailure(error, mutation.id);
      rejections.push(unstorable(mutation.id));
      continue;
    }
    if (row) {
      rows.set(slot, row);
      changed++;
    }
  }
  return { changed, rejections };
}

/** The client's last applied mutation id; registers a new client; refuses another user's id. */
export async function claimClient(
  tx: Transaction | Db,
  clientId: string,
  ownerId: string,
): Promise<number> {
  await tx.insert(syncClients).values({ clientId, userId: ownerId }).onConflictDoNothing();
  const [client] = await tx
    .select({ userId: syncClients.userId, lastMutationId: syncClients.lastMutationId })
    .from(syncClients)
    .where(eq(syncClients.clientId, clientId));
  if (!client || client.userId !== ownerId) {
    throw new ApiError(403, "forbidden", "This sync client belongs to another account.");
  }
  return client.lastMutationId;
}

async function nextOwnerVersion(tx: Transaction, ownerId: string): Promise<number> {
  const [row] = await tx
    .insert(ownerVersions)
    .values({ userId: ownerId, version: 0 })
    .onConflictDoUpdate({ target: ownerVersions.userId, set: { userId: sql`excluded.user_id` } })
    .returning({ version: ownerVersions.version });
  return (row?.version ?? 0) + 1;
}

async function loadRows(tx: Transaction, batch: Mutation[]) {
  const keysByTable = new Map<SyncTable, Set<string>>();
  for (const mutation of batch) {
    const keys = keysByTable.get(mutation.table) ?? new Set<string>();
    keys.add(mutation.key);
    keysByTable.set(mutation.table, keys);
  }
  const rows = new Map<string, RowState>();
  for (const [table, keys] of keysByTable) {
    const drizzleTable = syncedTables[table];
    const found: SyncedRow[] = await tx
      .select()
      .from(drizzleTable)
      .where(inArray(drizzleTable.id, [...keys]))
      .for("update");
    for (const row of found) {
      const record: StoredRecord = {
        fields: fieldsOf(row),
        fieldVersions: row.fieldVersions,
        version: row.version,
        deleted: row.deleted,
      };
      rows.set(`${table}:${row.id}`, { ownerId: row.ownerId, record, dirty: false });
    }
  }
  return rows;
}

async function writeRows(tx: Transaction, rows: Map<string, RowState>): Promise<number> {
  const byTable = new Map<SyncTable, (typeof syncedTables)[SyncTable]["$inferInsert"][]>();
  const updatedAt = new Date();
  for (const [slot, state] of rows) {
    if (!state.dirty) continue;
    const separator = slot.indexOf(":");
    const table = syncTableSchema.parse(slot.slice(0, separator));
    const { fields, fieldVersions, version, deleted } = state.record;
    // The fields passed the entity's schema in mergeMutation, so they fit the table's columns.
    const row = {
      ...fields,
      id: slot.slice(separator + 1),
      ownerId: state.ownerId,
      version,
      deleted,
      fieldVersions,
      updatedAt,
    };
    byTable.set(table, [
      ...(byTable.get(table) ?? []),
      row as (typeof syncedTables)[SyncTable]["$inferInsert"],
    ]);
  }
  let written = 0;
  for (const [table, values] of byTable) {
    const drizzleTable = syncedTables[table];
    const set = Object.fromEntries(
      Object.keys(getTableColumns(drizzleTable))
        .filter((column) => column !== "id")
        .map((column) => [column, sql.raw(`excluded.${snakeCase(column)}`)]),
    );
    await tx
      .insert(drizzleTable)
      .values(values)
      .onConflictDoUpdate({ target: drizzleTable.id, set });
    written += values.length;
  }
  return written;
}

/** Drizzle's `casing: "snake_case"` naming, for the `excluded.` columns of the upsert. */
function snakeCase(column: string): string {
  return column.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
