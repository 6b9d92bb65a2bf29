import { z } from "zod/mini";
import { uuidv7 } from "../../../shared/ids";
import {
  rejectionCodes,
  type SyncTable,
  syncTableSchema,
  syncTables,
} from "../../../shared/sync/protocol";
import type { ReplicaStore, ReplicaTransaction } from "../../../shared/sync/replica";
import type { SkillfolioDatabase } from "./database";

const CLIENT_ID = "sync.clientId";
const OWNER_ID = "sync.ownerId";
const COOKIE = "sync.cookie";
const NEXT_MUTATION = "sync.nextMutationId";
const UNSETTLED = "sync.unsettled";

const rejectionCodeSchema = z.catch(z.enum(rejectionCodes), "invalid_changes");
const slotListSchema = z.array(z.object({ table: syncTableSchema, key: z.string() }));

const slotOf = (table: SyncTable, key: string) => `${table}:${key}`;

/**
 * The sync engine's storage on the device (shared/sync/replica.ts), in IndexedDB through Dexie.
 * Every transaction spans the views, server copies, outbox and counters, so a local write and its
 * outbox entry, or a pulled page and its cookie, land together or not at all.
 */
export class DexieReplicaStore implements ReplicaStore {
  constructor(private readonly database: SkillfolioDatabase) {}

  async clientId(): Promise<string> {
    const stored = await this.database.meta.get(CLIENT_ID);
    if (typeof stored?.value === "string") return stored.value;
    return this.database.transaction("rw", this.database.meta, async () => {
      const again = await this.database.meta.get(CLIENT_ID);
      if (typeof again?.value === "string") return again.value;
      const created = uuidv7();
      await this.database.meta.put({ key: CLIENT_ID, value: created });
      return created;
    });
  }

  async ownerId(): Promise<string> {
    const stored = await this.database.meta.get(OWNER_ID);
    if (typeof stored?.value !== "string") throw new Error("No signed-in person on this device");
    return stored.value;
  }

  transaction<T>(work: (tx: ReplicaTransaction) => Promise<T>): Promise<T> {
    const database = this.database;
    const tables = [
      ...syncTables.map((table) => database[table]),
      database.serverCopies,
      database.outbox,
      database.meta,
      database.rejections,
    ];
    // The scope must itself be an async function: Dexie then follows the native awaits inside
    // `work`, and the transaction stays open until it resolves (else: PrematureCommitError).
    return database.transaction("rw", tables, async () => await work(this.adapter()));
  }

  private adapter(): ReplicaTransaction {
    const database = this.database;
    return {
      getView: (table, key) => database[table].get(key),
      putView: async (table, record) => {
        await database[table].put(record);
      },
      putViews: async (table, records) => {
        await database[table].bulkPut(records);
      },
      deleteViews: (table, keys) => database[table].bulkDelete(keys),
      getServerCopy: async (table, key) =>
        (await database.serverCopies.get(slotOf(table, key)))?.record,
      putServerCopies: async (entries) => {
        await database.serverCopies.bulkPut(
          entries.map(({ table, record }) => ({ slot: slotOf(table, record.id), table, record })),
        );
      },
      allViewKeys: async () => {
        const keys = await Promise.all(
          syncTables.map(async (table) =>
            (await database[table].toCollection().primaryKeys()).map((key) => ({ table, key })),
          ),
        );
        return keys.flat();
      },
      clearServerCopies: () => database.serverCopies.clear(),
      appendOutbox: async (mutation) => {
        await database.outbox.add({ ...mutation, slot: slotOf(mutation.table, mutation.key) });
      },
      readOutbox: async (filter) => {
        const entries = filter
          ? await database.outbox
              .where("slot")
              .equals(slotOf(filter.table, filter.key))
              .sortBy("id")
          : await database.outbox.orderBy("id").toArray();
        return entries.map(({ slot: _slot, ...mutation }) => mutation);
      },
      readOutboxHead: async (limit) =>
        (await database.outbox.orderBy("id").limit(limit).toArray()).map(
          ({ slot: _slot, ...mutation }) => mutation,
        ),
      dropOutbox: async (throughId) => {
        const dropped = await database.outbox.where("id").belowOrEqual(throughId).toArray();
        await database.outbox.where("id").belowOrEqual(throughId).delete();
        return dropped.map(({ slot: _slot, ...mutation }) => mutation);
      },
      nextMutationId: async () => {
        const stored = await database.meta.get(NEXT_MUTATION);
        const next = typeof stored?.value === "number" ? stored.value : 1;
        await database.meta.put({ key: NEXT_MUTATION, value: next + 1 });
        return next;
      },
      getCookie: async () => {
        const stored = await database.meta.get(COOKIE);
        return typeof stored?.value === "number" ? stored.value : null;
      },
      setCookie: async (cookie) => {
        await database.meta.put({ key: COOKIE, value: cookie });
      },
      keepRejections: async (rejections) => {
        await database.rejections.bulkPut(
          rejections.map(({ mutation, code, message, rejectedAt }) => ({
            ...mutation,
            slot: slotOf(mutation.table, mutation.key),
            code,
            message,
            rejectedAt,
          })),
        );
      },
      readRejections: async () =>
        (await database.rejections.orderBy("id").toArray()).map(
          ({ slot: _slot, code, message, rejectedAt, ...mutation }) => ({
            mutation,
            code: rejectionCodeSchema.parse(code),
            message,
            rejectedAt,
          }),
        ),
      getUnsettled: async () => {
        const parsed = slotListSchema.safeParse((await database.meta.get(UNSETTLED))?.value);
        return parsed.success ? parsed.data : [];
      },
      setUnsettled: async (slots) => {
        await database.meta.put({ key: UNSETTLED, value: slots });
      },
    };
  }
}

/** Records whose person this device holds (set at sign-in, cleared with the device's data). */
export async function setDeviceOwner(database: SkillfolioDatabase, ownerId: string) {
  await database.meta.put({ key: OWNER_ID, value: ownerId });
}

export async function deviceOwner(database: SkillfolioDatabase): Promise<string | null> {
  const stored = await database.meta.get(OWNER_ID);
  return typeof stored?.value === "string" ? stored.value : null;
}
