import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { uuidv7 } from "../../../shared/ids";
import { experienceDefaults } from "../../../shared/schemas/experience";
import { MemoryReplicaStore } from "../../../shared/sync/memory-store";
import type { PullResponse } from "../../../shared/sync/protocol";
import {
  acknowledgePush,
  applyPullPage,
  type ReplicaStore,
  writeLocal,
} from "../../../shared/sync/replica";
import { openDatabase, type SkillfolioDatabase } from "./database";
import { DexieReplicaStore, setDeviceOwner } from "./replica-store";

const OWNER = "0190f0c8-0000-7000-8000-0000000000aa";
const KEYS = [uuidv7(), uuidv7(), uuidv7()];

const operation = fc.oneof(
  fc.record({
    kind: fc.constant("put" as const),
    key: fc.nat(2),
    title: fc.constantFrom("Stage", "Vendanges", "Chantier"),
  }),
  fc.record({
    kind: fc.constant("patch" as const),
    key: fc.nat(2),
    location: fc.constantFrom("Metz", "Reims", ""),
  }),
  fc.record({ kind: fc.constant("delete" as const), key: fc.nat(2) }),
  fc.record({ kind: fc.constant("restore" as const), key: fc.nat(2) }),
  fc.record({ kind: fc.constant("ack" as const), upTo: fc.nat(12), reject: fc.nat(12) }),
  fc.record({
    kind: fc.constant("pull" as const),
    key: fc.nat(2),
    title: fc.constantFrom("Serveur A", "Serveur B"),
    deleted: fc.boolean(),
    lastMutationId: fc.nat(12),
    hasMore: fc.boolean(),
    reset: fc.boolean(),
  }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

async function apply(store: ReplicaStore, op: Operation, version: number) {
  await store.transaction(async (tx) => {
    switch (op.kind) {
      case "put":
        await writeLocal(
          tx,
          OWNER,
          "experience",
          KEYS[op.key] ?? "",
          "put",
          { ...experienceDefaults, title: op.title },
          new Date(0),
        );
        return;
      case "patch":
      case "delete":
      case "restore": {
        const key = KEYS[op.key] ?? "";
        if (!(await tx.getView("experience", key))) return;
        const changes = op.kind === "patch" ? { location: op.location } : {};
        await writeLocal(tx, OWNER, "experience", key, op.kind, changes, new Date(0));
        return;
      }
      case "ack":
        await acknowledgePush(
          tx,
          OWNER,
          op.upTo,
          [{ id: op.reject, code: "invalid_changes", message: "title: too long" }],
          new Date(0),
        );
        return;
      case "pull": {
        const page: PullResponse = {
          cookie: version,
          lastMutationId: op.lastMutationId,
          hasMore: op.hasMore,
          reset: op.reset,
          changes: [
            {
              table: "experience",
              key: KEYS[op.key] ?? "",
              version,
              deleted: op.deleted,
              record: {
                ...experienceDefaults,
                title: op.title,
                ownerId: OWNER,
                updatedAt: new Date(0).toISOString(),
              },
            },
          ],
        };
        await applyPullPage(tx, OWNER, await tx.getCookie(), page);
      }
    }
  });
}

async function state(store: ReplicaStore) {
  return store.transaction(async (tx) => ({
    views: await Promise.all(KEYS.map((key) => tx.getView("experience", key))),
    server: await Promise.all(KEYS.map((key) => tx.getServerCopy("experience", key))),
    outbox: await tx.readOutbox(),
    cookie: await tx.getCookie(),
    unsettled: await tx.getUnsettled(),
    rejections: await tx.readRejections(),
  }));
}

let databases: SkillfolioDatabase[] = [];
afterEach(async () => {
  await Promise.all(databases.map((database) => database.delete()));
  databases = [];
});

describe("the Dexie replica store", () => {
  it("behaves exactly like the reference in-memory store under any sequence of writes, acks and pulls", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 25 }), async (operations) => {
        const database = openDatabase(`replica-${uuidv7()}`);
        databases.push(database);
        await setDeviceOwner(database, OWNER);
        const dexie = new DexieReplicaStore(database);
        const memory = new MemoryReplicaStore(await dexie.clientId(), OWNER);
        for (const [index, op] of operations.entries()) {
          await apply(dexie, op, index + 1);
          await apply(memory, op, index + 1);
        }
        expect(await state(dexie)).toEqual(await state(memory));
      }),
      { numRuns: 60 },
    );
    // Sixty runs against IndexedDB are CPU-bound: a second alone, many more on a busy machine.
  }, 120_000);

  it("keeps one client id per device and rolls back a failed transaction whole", async () => {
    const database = openDatabase(`replica-${uuidv7()}`);
    databases.push(database);
    await setDeviceOwner(database, OWNER);
    const store = new DexieReplicaStore(database);
    expect(await store.clientId()).toBe(await store.clientId());
    await expect(
      store.transaction(async (tx) => {
        await writeLocal(tx, OWNER, "experience", KEYS[0] ?? "", "put", {
          ...experienceDefaults,
          title: "x",
        });
        throw new Error("crash in the middle");
      }),
    ).rejects.toThrow("crash in the middle");
    expect(await database.experience.count()).toBe(0);
    expect(await database.outbox.count()).toBe(0);
  });
});
