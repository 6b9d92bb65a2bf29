/**
 * Poisoned mutations never block a device: three devices of one person interleave good edits with
 * edits the server refuses (a 100 000-character title, a wrong type, an unknown field, a key
 * owned by another person), over a network that drops, loses, duplicates and replays requests.
 * Every completed round must leave the outbox empty (a refusal is never retried), every
 * good mutation must reach the server and be folded by the shared merge rule, the refused ones
 * must be the only ones kept for review, and all devices must converge on the server's state.
 *
 * Seeds: POISON_RUNS (default 150). Replay a failure with the POISON_SEED and POISON_PATH it prints.
 */
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "../../shared/ids";
import { competencyDefaults, experienceDefaults } from "../../shared/schemas/index";
import { syncRound } from "../../shared/sync/engine";
import { MemoryReplicaStore } from "../../shared/sync/memory-store";
import { mergeMutation, type StoredRecord } from "../../shared/sync/merge";
import type { Mutation, SyncTable } from "../../shared/sync/protocol";
import { writeLocal } from "../../shared/sync/replica";
import { createSession } from "../auth/sessions";
import { ownerVersions, syncClients, users } from "../db/schema";
import { openTestApp, type TestContext } from "../test/app";
import { type Fault, FaultyTransport, NetworkError } from "../test/faulty-transport";

let ctx: TestContext;
/** A record of someone else, which the person's devices must not be able to touch. */
let foreignKey: string;
beforeAll(async () => {
  ctx = await openTestApp();
  const stranger = await newPerson();
  foreignKey = uuidv7();
  const store = new MemoryReplicaStore(uuidv7(), stranger.id);
  await store.transaction((tx) =>
    writeLocal(tx, stranger.id, "experience", foreignKey, "put", {
      ...experienceDefaults,
      kind: "job",
      title: "Le stage de quelqu’un d’autre",
    }),
  );
  await syncRound(
    store,
    transportFor(stranger.cookie, () => "none"),
  );
});
afterAll(async () => {
  await ctx.close();
});

const FAULTS: Fault[] = [
  "none",
  "none",
  "drop-request",
  "lose-response",
  "duplicate",
  "replay-old",
];
const POISONS = [
  "huge-title",
  "wrong-type",
  "unknown-field",
  "foreign-key",
  "nul-text",
  "lone-surrogate",
] as const;

/** Text the database itself would refuse (a NUL) or the text rule refuses (half a surrogate pair). */
const badText = (kind: (typeof POISONS)[number]) =>
  kind === "nul-text"
    ? "Serveu\u0000se"
    : kind === "lone-surrogate"
      ? "Caf\udc00é"
      : "x".repeat(1e5);

const action = fc.record({
  kind: fc.constantFrom("create", "patch", "poison", "poison", "sync", "sync", "sync"),
  device: fc.nat(2),
  a: fc.nat(1000),
  b: fc.nat(1000),
});
type Action = { kind: string; device: number; a: number; b: number };

async function newPerson() {
  const id = uuidv7();
  await ctx.database.db
    .insert(users)
    .values({ id, email: `${id}@example.fr`, passwordHash: "unused", displayName: "Poison" });
  const { token } = await createSession(ctx.database.db, id, "person");
  return { id, cookie: `sf_session=${token}` };
}

function transportFor(cookie: string, nextFault: () => Fault, pick = () => 0) {
  return new FaultyTransport(() => ctx.app, cookie, nextFault, pick);
}

/** A change the server must refuse, on one of the person's records (or someone else's). */
function poisonFor(
  kind: (typeof POISONS)[number],
  own: { table: SyncTable; key: string } | undefined,
) {
  if (kind === "foreign-key" || !own)
    return { table: "experience" as const, key: foreignKey, changes: { title: "Volé" } };
  if (kind === "unknown-field") return { ...own, changes: { favouriteColour: "bleu" } };
  if (own.table === "competency")
    return {
      ...own,
      changes: kind === "wrong-type" ? { level: "haut" } : { label: badText(kind) },
    };
  if (kind === "lone-surrogate") return { ...own, changes: { tags: [badText(kind)] } };
  return { ...own, changes: kind === "wrong-type" ? { title: 42 } : { title: badText(kind) } };
}

async function runScenario(actions: Action[], faults: Fault[]) {
  const person = await newPerson();
  let faultIndex = 0;
  let faultsOn = true;
  const nextFault = () => (faultsOn ? (faults[faultIndex++ % faults.length] ?? "none") : "none");
  const applied: { clientId: string; mutation: Mutation; version: number }[] = [];
  const poisoned = new Set<string>();

  const devices = [0, 1, 2].map(() => {
    const clientId = uuidv7();
    const store = new MemoryReplicaStore(clientId, person.id);
    const transport = transportFor(person.cookie, nextFault, () => faultIndex);
    let before = 0;
    transport.onDeliver = async (phase, body, path) => {
      if (path !== "/api/sync/push") return;
      const request = body as { clientId: string; mutations: Mutation[] };
      const [row] = await ctx.database.db
        .select({ last: syncClients.lastMutationId })
        .from(syncClients)
        .where(eq(syncClients.clientId, request.clientId));
      const last = row?.last ?? 0;
      if (phase === "before") before = last;
      else {
        const [owner] = await ctx.database.db
          .select({ version: ownerVersions.version })
          .from(ownerVersions)
          .where(eq(ownerVersions.userId, person.id));
        for (const mutation of request.mutations
          .filter((m) => m.id > before && m.id <= last)
          .sort((x, y) => x.id - y.id))
          applied.push({ clientId: request.clientId, mutation, version: owner?.version ?? 0 });
      }
    };
    return { clientId, store, transport };
  });

  const sync = async (device: (typeof devices)[number]) => {
    try {
      const outcome = await syncRound(device.store, device.transport, { pullLimit: 3 });
      // A completed round sent everything: no refusal stays in the outbox to be retried.
      expect(device.store.pendingCount()).toBe(0);
      return outcome;
    } catch (error) {
      if (error instanceof NetworkError) return null;
      throw error;
    }
  };

  for (const step of actions) {
    const device = devices[step.device];
    if (!device) continue;
    const live = [...device.store.snapshot()].filter(([, record]) => !record.deleted);
    const [slot] = live.length > 0 ? (live[step.a % live.length] ?? []) : [];
    const [table, key] = (slot?.split(":") ?? []) as [SyncTable | undefined, string | undefined];
    const own = table && key ? { table, key } : undefined;
    if (step.kind === "create") {
      const created: SyncTable = step.b % 2 === 0 ? "experience" : "competency";
      const fields =
        created === "experience"
          ? { ...experienceDefaults, kind: "job", title: `Poste ${step.a % 7}` }
          : { ...competencyDefaults, label: `Savoir ${step.a % 5}`, level: (step.b % 4) + 1 };
      await device.store.transaction((tx) =>
        writeLocal(tx, person.id, created, uuidv7(), "put", fields),
      );
    } else if (step.kind === "patch" && own) {
      const changes =
        own.table === "experience"
          ? { location: `Lieu ${step.b % 4}` }
          : { note: `Note ${step.b % 4}` };
      await device.store.transaction((tx) =>
        writeLocal(tx, person.id, own.table, own.key, "patch", changes),
      );
    } else if (step.kind === "poison") {
      const poison = poisonFor(POISONS[step.b % POISONS.length] ?? "huge-title", own);
      // Written as a device with no text rule would (an older app, a bug): shown and queued. A
      // record of someone else is not on the device, so its patch goes straight to the outbox.
      const id = await device.store.transaction(async (tx) => {
        if (poison.key !== foreignKey) {
          const written = await writeLocal(
            tx,
            person.id,
            poison.table,
            poison.key,
            "patch",
            poison.changes,
          );
          if (written) return (await tx.readOutbox()).at(-1)?.id ?? 0;
        }
        const queued = {
          id: await tx.nextMutationId(),
          op: "patch" as const,
          baseVersion: 0,
          ...poison,
        };
        await tx.appendOutbox(queued);
        return queued.id;
      });
      poisoned.add(`${device.clientId}:${id}`);
    } else if (step.kind === "sync") {
      await sync(device);
    }
  }

  faultsOn = false;
  for (let round = 0; round < 3; round++) for (const device of devices) await sync(device);

  const witness = new MemoryReplicaStore(uuidv7(), person.id);
  await syncRound(
    witness,
    transportFor(person.cookie, () => "none"),
  );
  const truth = witness.snapshot();
  for (const device of devices) {
    expect(device.store.snapshot()).toEqual(truth);
    // Only refused mutations are kept for review, each with the server's reason.
    for (const rejection of device.store.rejections()) {
      expect(poisoned.has(`${device.clientId}:${rejection.mutation.id}`)).toBe(true);
      expect(["invalid_changes", "not_found"]).toContain(rejection.code);
    }
  }

  // Every mutation reached the server, and it holds the fold of the merge rule over them.
  const expected = new Map<string, StoredRecord>();
  for (const { clientId, mutation, version } of applied) {
    const slot = `${mutation.table}:${mutation.key}`;
    const outcome = mergeMutation(
      mutation.table,
      expected.get(slot) ?? null,
      mutation,
      clientId,
      version,
    );
    // A refused value may also lose a same-field conflict first: either way it is never stored.
    if (poisoned.has(`${clientId}:${mutation.id}`)) expect(outcome.kind).not.toBe("applied");
    else expect(outcome.kind).not.toBe("rejected");
    if (outcome.kind === "applied") expected.set(slot, outcome.record);
  }
  expect(new Set(truth.keys())).toEqual(new Set(expected.keys()));
  for (const [slot, record] of expected) {
    for (const [field, value] of Object.entries(record.fields))
      expect(truth.get(slot)?.[field]).toEqual(value);
  }
  const made = devices.reduce((sum, device) => sum + device.store.mutationCount(), 0);
  expect(applied.length).toBe(made);
}

describe("sync with poisoned mutations", () => {
  it("takes back on the device a refused change whose answer was lost on the way", async () => {
    const person = await newPerson();
    const store = new MemoryReplicaStore(uuidv7(), person.id);
    const key = uuidv7();
    const faults: Fault[] = ["none", "none", "lose-response"];
    const transport = transportFor(person.cookie, () => faults.shift() ?? "none");
    await store.transaction((tx) =>
      writeLocal(tx, person.id, "experience", key, "put", {
        ...experienceDefaults,
        kind: "job",
        title: "Vendanges",
      }),
    );
    await syncRound(store, transport);
    await store.transaction((tx) =>
      writeLocal(tx, person.id, "experience", key, "patch", { title: "x".repeat(1e5) }),
    );

    await expect(syncRound(store, transport)).rejects.toThrow(NetworkError);
    // The server refused it, but its answer never came: the replay is acknowledged without it.
    await syncRound(store, transport);

    expect(store.pendingCount()).toBe(0);
    expect(store.snapshot().get(`experience:${key}`)?.title).toBe("Vendanges");
  });

  it("refused mutations never block a device: every good one reaches the server and the devices converge", async () => {
    const runs = Number(process.env.POISON_RUNS ?? 150);
    const seed = process.env.POISON_SEED ? Number(process.env.POISON_SEED) : undefined;
    const path = process.env.POISON_PATH;
    await fc.assert(
      fc.asyncProperty(
        fc.array(action, { minLength: 4, maxLength: 20 }),
        fc.array(fc.constantFrom(...FAULTS), { minLength: 1, maxLength: 10 }),
        (actions, faults) => runScenario(actions, faults),
      ),
      {
        numRuns: runs,
        ...(seed === undefined ? {} : { seed }),
        ...(path ? { path } : {}),
        reporter: (details) => {
          if (details.failed) {
            throw new Error(
              `${fc.defaultReportMessage(details)}\n${String(details.errorInstance)}\nReplay: POISON_SEED=${details.seed} POISON_PATH=${details.counterexamplePath} npx vitest run server/sync/convergence-poison.test.ts`,
            );
          }
        },
      },
    );
  }, 600_000);
});
