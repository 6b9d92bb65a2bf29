import { jsonEqual } from "./equal";
import type { Mutation, MutationOp, PullResponse, Rejection, SyncTable } from "./protocol";

/**
 * A record as a device holds it: the entity's fields and its sync columns. `version` is the
 * server version this view is based on (0 until the server has it).
 */
export type ReplicaRecord = Record<string, unknown> & {
  id: string;
  ownerId: string;
  version: number;
  deleted: boolean;
  updatedAt: string;
};

/** A mutation the server refused, kept on the device so the person can fix or discard it. */
export type RejectedMutation = {
  mutation: Mutation;
  code: Rejection["code"];
  message: string;
  rejectedAt: string;
};

export type Slot = { table: SyncTable; key: string };

/** What a device stores, in transactions: the storage adapter (Dexie in the app, memory in tests). */
export interface ReplicaTransaction {
  /** The record as shown to the person (server copy with pending edits on top). */
  getView(table: SyncTable, key: string): Promise<ReplicaRecord | undefined>;
  putView(table: SyncTable, record: ReplicaRecord): Promise<void>;
  putViews(table: SyncTable, records: ReplicaRecord[]): Promise<void>;
  deleteViews(table: SyncTable, keys: string[]): Promise<void>;
  /** The record as last pulled from the server. */
  getServerCopy(table: SyncTable, key: string): Promise<ReplicaRecord | undefined>;
  putServerCopies(entries: { table: SyncTable; record: ReplicaRecord }[]): Promise<void>;
  /** Every (table, key) the device holds a view of. */
  allViewKeys(): Promise<{ table: SyncTable; key: string }[]>;
  clearServerCopies(): Promise<void>;
  appendOutbox(mutation: Mutation): Promise<void>;
  /** Pending mutations, oldest first; of one record when given. */
  readOutbox(filter?: { table: SyncTable; key: string; limit?: number }): Promise<Mutation[]>;
  readOutboxHead(limit: number): Promise<Mutation[]>;
  dropOutbox(throughId: number): Promise<Mutation[]>;
  nextMutationId(): Promise<number>;
  getCookie(): Promise<number | null>;
  setCookie(cookie: number | null): Promise<void>;
  /** Keeps refused mutations for the person to review (they are out of the outbox by then). */
  keepRejections(rejections: RejectedMutation[]): Promise<void>;
  readRejections(): Promise<RejectedMutation[]>;
  /** Records with acknowledged mutations whose outcome only the next complete pull can show. */
  getUnsettled(): Promise<Slot[]>;
  setUnsettled(slots: Slot[]): Promise<void>;
}

export interface ReplicaStore {
  clientId(): Promise<string>;
  ownerId(): Promise<string>;
  transaction<T>(work: (tx: ReplicaTransaction) => Promise<T>): Promise<T>;
}

/**
 * The view of one record: its server copy with the device's pending mutations replayed on top,
 * in order. This is how a pulled page never overwrites an edit that has not been pushed yet, and
 * how a rejected mutation's effect is taken back.
 */
export function rebase(
  server: ReplicaRecord | undefined,
  pending: Mutation[],
  ownerId: string,
): ReplicaRecord | undefined {
  let view = server ? { ...server } : undefined;
  for (const mutation of pending) {
    if (mutation.op === "delete" || mutation.op === "restore") {
      if (view) view = { ...view, deleted: mutation.op === "delete" };
      continue;
    }
    if (!view) {
      if (mutation.op === "patch") continue;
      view = {
        id: mutation.key,
        ownerId,
        version: 0,
        deleted: false,
        updatedAt: new Date(0).toISOString(),
      };
    }
    if (view.deleted) continue;
    view = { ...view, ...mutation.changes };
  }
  return view;
}

/** The fields whose values differ, compared as JSON whatever the order of object keys. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(after)) {
    if (!jsonEqual(before[field], value)) changes[field] = value;
  }
  return changes;
}

/**
 * A local write (docs/sync-protocol.md, "The outbox"): the view changes and the mutation is queued
 * in the same transaction, so an edit is either shown and queued, or neither.
 */
export async function writeLocal(
  tx: ReplicaTransaction,
  ownerId: string,
  table: SyncTable,
  key: string,
  op: MutationOp,
  changes: Record<string, unknown>,
  now = new Date(),
): Promise<ReplicaRecord | undefined> {
  const current = await tx.getView(table, key);
  const mutation: Mutation = {
    id: await tx.nextMutationId(),
    table,
    key,
    op,
    baseVersion: current?.version ?? 0,
    changes: op === "delete" || op === "restore" ? {} : changes,
  };
  const next = rebase(current, [mutation], ownerId);
  if (!next) return undefined;
  const stamped = { ...next, updatedAt: now.toISOString() };
  await tx.putView(table, stamped);
  await tx.appendOutbox(mutation);
  return stamped;
}

/**
 * Rebuilds the views of these records from their server copies (taken from `known` when the
 * caller has them, else read) and what is still pending. Reads the outbox once and writes in bulk:
 * a pulled page of a thousand records costs a handful of IndexedDB requests, not thousands.
 */
export async function refreshViews(
  tx: ReplicaTransaction,
  ownerId: string,
  slots: Iterable<{ table: SyncTable; key: string }>,
  known: ReadonlyMap<string, ReplicaRecord> = new Map(),
) {
  const wanted = [...slots];
  if (wanted.length === 0) return;
  const pendingBySlot = new Map<string, Mutation[]>();
  for (const mutation of await tx.readOutbox()) {
    const slot = `${mutation.table}:${mutation.key}`;
    pendingBySlot.set(slot, [...(pendingBySlot.get(slot) ?? []), mutation]);
  }
  const puts = new Map<SyncTable, ReplicaRecord[]>();
  const deletes = new Map<SyncTable, string[]>();
  for (const { table, key } of wanted) {
    const slot = `${table}:${key}`;
    const server = known.has(slot) ? known.get(slot) : await tx.getServerCopy(table, key);
    const view = rebase(server, pendingBySlot.get(slot) ?? [], ownerId);
    if (view) puts.set(table, [...(puts.get(table) ?? []), view]);
    else deletes.set(table, [...(deletes.get(table) ?? []), key]);
  }
  for (const [table, records] of puts) await tx.putViews(table, records);
  for (const [table, keys] of deletes) await tx.deleteViews(table, keys);
}

/**
 * Applies one pulled page atomically (docs/sync-protocol.md, "Pull"): the server copies, the views
 * rebased on them, and the new cookie. A page answering another cookie than the device now holds (a
 * late or duplicated response) is ignored. Mutations the server reports as applied are dropped from
 * the outbox only with the last page, since their rows may sit on a later page.
 */
export async function applyPullPage(
  tx: ReplicaTransaction,
  ownerId: string,
  requestedCookie: number | null,
  page: PullResponse,
): Promise<boolean> {
  if ((await tx.getCookie()) !== requestedCookie) return false;
  const touched = new Map<string, { table: SyncTable; key: string }>();
  const touch = (table: SyncTable, key: string) => touched.set(`${table}:${key}`, { table, key });
  if (page.reset) {
    for (const slot of await tx.allViewKeys()) touch(slot.table, slot.key);
    await tx.clearServerCopies();
  }
  if (!page.hasMore) {
    for (const dropped of await tx.dropOutbox(page.lastMutationId))
      touch(dropped.table, dropped.key);
    for (const unsettled of await tx.getUnsettled()) touch(unsettled.table, unsettled.key);
    await tx.setUnsettled([]);
  }
  const copies = new Map<string, ReplicaRecord>();
  for (const change of page.changes) {
    copies.set(`${change.table}:${change.key}`, serverCopy(change, ownerId));
    touch(change.table, change.key);
  }
  await tx.putServerCopies(
    page.changes.map((change) => ({
      table: change.table,
      record: copies.get(`${change.table}:${change.key}`) ?? serverCopy(change, ownerId),
    })),
  );
  await refreshViews(tx, ownerId, touched.values(), copies);
  await tx.setCookie(page.cookie);
  return true;
}

/**
 * Takes acknowledged mutations out of the outbox after a push, so nothing the server answered is
 * ever sent again: one refused mutation never holds back the ones behind it. A refused one is
 * taken back from the views at once and kept for the person to fix or discard. The others keep
 * their effect in the views until the next complete pull, which rebuilds their records from the
 * server's copy: that also takes back a mutation refused in a push whose answer was lost (a replay
 * is acknowledged without its rejections) or a value that lost a conflict.
 */
export async function acknowledgePush(
  tx: ReplicaTransaction,
  ownerId: string,
  lastMutationId: number,
  rejections: readonly Rejection[],
  now = new Date(),
) {
  const dropped = await tx.dropOutbox(lastMutationId);
  const refused = new Map(rejections.map((rejection) => [rejection.id, rejection]));
  const undo = dropped.filter((mutation) => refused.has(mutation.id));
  await refreshViews(tx, ownerId, undo);
  await tx.keepRejections(
    undo.map((mutation) => {
      const rejection = refused.get(mutation.id);
      return {
        mutation,
        code: rejection?.code ?? "invalid_changes",
        message: rejection?.message ?? "",
        rejectedAt: now.toISOString(),
      };
    }),
  );
  const unsettled = new Map(
    (await tx.getUnsettled()).map((slot) => [`${slot.table}:${slot.key}`, slot]),
  );
  for (const mutation of dropped) {
    if (!refused.has(mutation.id))
      unsettled.set(`${mutation.table}:${mutation.key}`, {
        table: mutation.table,
        key: mutation.key,
      });
  }
  if (dropped.length > 0) await tx.setUnsettled([...unsettled.values()]);
  return dropped.length;
}

function serverCopy(change: PullResponse["changes"][number], ownerId: string): ReplicaRecord {
  const { record } = change;
  return {
    ...record,
    id: change.key,
    ownerId: typeof record.ownerId === "string" ? record.ownerId : ownerId,
    version: change.version,
    deleted: change.deleted,
    updatedAt: typeof record.updatedAt === "string" ? record.updatedAt : new Date(0).toISOString(),
  };
}
