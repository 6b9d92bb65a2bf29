import { eq, getTableColumns, inArray, sql } from "drizzle-orm";
import { uuidv7 } from "../../shared/ids";
import { mergeMutation, type StoredRecord } from "../../shared/sync/merge";
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
import { fieldsOf, type SyncedRow, syncedTables } from "./tables";

export const SYNC_CHANNEL = "skillfolio_sync";

/** Advisory-lock namespace of the per-owner push lock (any constant that no other lock uses). */
const OWNER_LOCK_NAMESPACE = 0x5f5f;

type Transaction = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A row being merged: its sync columns and its fields, loaded once per push and written once. */
type RowState = {
  ownerId: string;
  record: StoredRecord;
  dirty: boolean;
};

/**
 * Applies a client's outbox (docs/sync-protocol.md, "Push") in one transaction under the owner's
 * advisory lock: replays (`id ≤ last_mutation_id`) are skipped, a gap stops the batch, every
 * mutation is merged by the shared per-field rule, and the rows it changed are stamped with one new
 * owner version. A mutation that fails validation or authorisation becomes a rejection and the
 * queue moves on. Rows are read and written per table in bulk, so a push costs a handful of
 * statements, not one per mutation.
 */
export async function applyPush(
  db: Db,
  ownerId: string,
  request: PushRequest,
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

    const newVersion = await nextOwnerVersion(tx, ownerId);
    const rows = await loadRows(tx, batch);
    const rejections: Rejection[] = [];
    const lostValues: (typeof conflicts.$inferInsert)[] = [];

    for (const mutation of batch) {
      lastMutationId = mutation.id;
      const slot = `${mutation.table}:${mutation.key}`;
      const state = rows.get(slot);
      if (state && state.ownerId !== ownerId) {
        rejections.push({ id: mutation.id, code: "not_found", message: "No such record." });
        continue;
      }
      if (mutation.table === "profile" && mutation.key !== ownerId) {
        rejections.push({
          id: mutation.id,
          code: "forbidden",
          message: "A profile's key is its owner's id.",
        });
        continue;
      }
      const current = state?.record ?? null;
      const outcome = mergeMutation(
        mutation.table,
        current,
        mutation,
        request.clientId,
        newVersion,
      );
      if (outcome.kind === "rejected") {
        rejections.push({ id: mutation.id, code: outcome.code, message: outcome.message });
        continue;
      }
      for (const lost of outcome.lost) {
        lostValues.push({
          id: uuidv7(),
          ownerId,
          table: mutation.table,
          recordId: mutation.key,
          field: lost.field,
          losingValue: lost.losingValue,
          winningValue: lost.winningValue,
          losingClientId: request.clientId,
        });
      }
      if (outcome.kind === "applied")
        rows.set(slot, { ownerId, record: outcome.record, dirty: true });
    }

    const changed = await writeRows(tx, rows);
    if (changed > 0) {
      await tx
        .update(ownerVersions)
        .set({ version: newVersion })
        .where(eq(ownerVersions.userId, ownerId));
      await tx.execute(sql`select pg_notify(${SYNC_CHANNEL}, ${ownerId})`);
    }
    if (lostValues.length > 0) await tx.insert(conflicts).values(lostValues);
    await tx
      .update(syncClients)
      .set({ lastMutationId, lastSeenAt: new Date() })
      .where(eq(syncClients.clientId, request.clientId));
    return { lastMutationId, rejections };
  });
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
