/**
 * Convergence under a hostile network (docs/sync-protocol.md, "What the tests prove"): three
 * devices of one person run the real sync engine (shared/sync) against the real app on a real
 * store, while requests are dropped, responses lost after commit, requests duplicated or delivered
 * late, and the server restarts. After quiescence every device must show exactly what the server
 * holds, and the server must hold exactly the fold of the shared merge rule over the mutations it
 * applied, in the order it applied them: no acknowledged write lost or applied twice.
 *
 * Seeds: SYNC_RUNS (default 200). Replay a failure with the SYNC_SEED and SYNC_PATH it prints.
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
import { createApp } from "../app";
import { createSession } from "../auth/sessions";
import { ownerVersions, syncClients, users } from "../db/schema";
import { createLogger } from "../http/log";
import { openTestApp, type TestContext } from "../test/app";
import { type Fault, FaultyTransport, NetworkError } from "../test/faulty-transport";
import { SyncPokes } from "./pokes";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await openTestApp();
});
afterAll(async () => {
  await ctx.close();
});

const TITLES = ["Vendanges", "Stage en mairie", "Bénévolat Restos du cœur", "Chantier école"];
const PLACES = ["Reims", "Metz", "Nancy", "Épernay", ""];
const LABELS = ["Travail en équipe", "Taille de la vigne", "Maçonnerie", "Accueil du public"];
const FAULTS: Fault[] = [
  "none",
  "none",
  "none",
  "drop-request",
  "lose-response",
  "duplicate",
  "replay-old",
];

const action = fc.record({
  kind: fc.constantFrom(
    "create",
    "patch",
    "patch",
    "delete",
    "profile",
    "sync",
    "sync",
    "sync",
    "restart",
  ),
  device: fc.nat(2),
  a: fc.nat(1000),
  b: fc.nat(1000),
});
type Action = { kind: string; device: number; a: number; b: number };

async function newPerson() {
  const id = uuidv7();
  await ctx.database.db
    .insert(users)
    .values({ id, email: `${id}@example.fr`, passwordHash: "unused", displayName: "Convergence" });
  const { token } = await createSession(ctx.database.db, id, "person");
  return { id, cookie: `sf_session=${token}` };
}

function fieldsFor(table: SyncTable, a: number, b: number): Record<string, unknown> {
  if (table === "experience") {
    return {
      ...experienceDefaults,
      kind: "job",
      title: TITLES[a % TITLES.length],
      location: PLACES[b % PLACES.length],
    };
  }
  return { ...competencyDefaults, label: LABELS[a % LABELS.length], level: (b % 4) + 1 };
}

function patchFor(table: SyncTable, a: number, b: number): Record<string, unknown> {
  if (table === "experience") {
    return b % 2 === 0
      ? { title: TITLES[a % TITLES.length] }
      : { location: PLACES[a % PLACES.length], description: `v${b}` };
  }
  if (table === "profile") return { city: PLACES[a % PLACES.length], headline: `Titre ${b % 3}` };
  return b % 2 === 0
    ? { level: (a % 4) + 1 }
    : { note: `note ${a % 5}`, label: LABELS[b % LABELS.length] };
}

async function runScenario(actions: Action[], faults: Fault[]) {
  const person = await newPerson();
  let app = ctx.app;
  let faultIndex = 0;
  let faultsOn = true;
  const nextFault = () => (faultsOn ? (faults[faultIndex++ % faults.length] ?? "none") : "none");
  const applied: { clientId: string; mutation: Mutation; version: number }[] = [];

  const devices = [0, 1, 2].map(() => {
    const store = new MemoryReplicaStore(uuidv7(), person.id);
    const transport = new FaultyTransport(
      () => app,
      person.cookie,
      nextFault,
      (count) => faultIndex % count,
    );
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
        const newlyApplied = request.mutations
          .filter((m) => m.id > before && m.id <= last)
          .sort((x, y) => x.id - y.id);
        // The server stamps everything one push changed with one owner version: the fold must too.
        const [owner] = await ctx.database.db
          .select({ version: ownerVersions.version })
          .from(ownerVersions)
          .where(eq(ownerVersions.userId, person.id));
        for (const mutation of newlyApplied) {
          applied.push({ clientId: request.clientId, mutation, version: owner?.version ?? 0 });
        }
      }
    };
    return { store, transport };
  });

  const sync = async (device: (typeof devices)[number]) => {
    try {
      const outcome = await syncRound(device.store, device.transport, { pullLimit: 2 });
      expect(outcome.rejected).toEqual([]);
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
    const target = live.length > 0 ? live[step.a % live.length] : undefined;
    const [table, key] = (target?.[0].split(":") ?? []) as [
      SyncTable | undefined,
      string | undefined,
    ];
    switch (step.kind) {
      case "create": {
        const kind: SyncTable = step.b % 2 === 0 ? "experience" : "competency";
        await device.store.transaction((tx) =>
          writeLocal(tx, person.id, kind, uuidv7(), "put", fieldsFor(kind, step.a, step.b)),
        );
        break;
      }
      case "patch":
        if (table && key && table !== "profile") {
          await device.store.transaction((tx) =>
            writeLocal(tx, person.id, table, key, "patch", patchFor(table, step.a, step.b)),
          );
        }
        break;
      case "delete":
        if (table && key && table !== "profile") {
          await device.store.transaction((tx) =>
            writeLocal(tx, person.id, table, key, "delete", {}),
          );
        }
        break;
      case "restore": {
        const deleted = [...device.store.snapshot()].filter(([, record]) => record.deleted);
        const [slot] = deleted[step.a % Math.max(1, deleted.length)] ?? [];
        const [deletedTable, deletedKey] = (slot?.split(":") ?? []) as [
          SyncTable | undefined,
          string | undefined,
        ];
        if (deletedTable && deletedKey) {
          await device.store.transaction((tx) =>
            writeLocal(tx, person.id, deletedTable, deletedKey, "restore", {}),
          );
        }
        break;
      }
      case "profile":
        await device.store.transaction(async (tx) => {
          const existing = await tx.getView("profile", person.id);
          const changes = patchFor("profile", step.a, step.b);
          if (existing) return writeLocal(tx, person.id, "profile", person.id, "patch", changes);
          const { profileDefaults } = await import("../../shared/schemas/profile");
          return writeLocal(tx, person.id, "profile", person.id, "put", {
            ...profileDefaults,
            ...changes,
          });
        });
        break;
      case "sync":
        await sync(device);
        break;
      case "restart":
        // A new server process: nothing in memory survives, only the database.
        app = createApp({
          db: ctx.database.db,
          store: ctx.database.kind,
          cookies: { secure: false },
          trustProxy: true,
          pokes: new SyncPokes(ctx.database.listen),
          // Quiet as the first process was: the test reads no request lines.
          logger: createLogger({ level: "error" }),
        });
        break;
    }
  }

  faultsOn = false;
  for (let round = 0; round < 8; round++) {
    let moved = 0;
    for (const device of devices) {
      const outcome = await sync(device);
      moved += (outcome?.pushed ?? 0) + (outcome?.pulled ?? 0);
    }
    if (moved === 0 && devices.every((device) => device.store.pendingCount() === 0)) break;
  }

  const witness = new MemoryReplicaStore(uuidv7(), person.id);
  await syncRound(
    witness,
    new FaultyTransport(
      () => app,
      person.cookie,
      () => "none",
      () => 0,
    ),
  );
  const truth = witness.snapshot();
  for (const device of devices) {
    expect(device.store.pendingCount()).toBe(0);
    expect(device.store.snapshot()).toEqual(truth);
  }

  // The server holds the fold of the merge rule over what it applied, in order.
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
    if (outcome.kind === "applied") expected.set(slot, outcome.record);
  }
  expect(new Set(truth.keys())).toEqual(new Set(expected.keys()));
  for (const [slot, record] of expected) {
    const held = truth.get(slot);
    expect(held?.deleted).toBe(record.deleted);
    for (const [field, value] of Object.entries(record.fields))
      expect(held?.[field]).toEqual(value);
  }
  const mutationsMade = devices.reduce((sum, device) => sum + device.store.mutationCount(), 0);
  expect(applied.length).toBe(mutationsMade);
}

describe("sync convergence", () => {
  it("converges three devices through dropped, lost, duplicated and late requests and server restarts", async () => {
    const runs = Number(process.env.SYNC_RUNS ?? 200);
    const seed = process.env.SYNC_SEED ? Number(process.env.SYNC_SEED) : undefined;
    const path = process.env.SYNC_PATH;
    await fc.assert(
      fc.asyncProperty(
        fc.array(action, { minLength: 4, maxLength: 24 }),
        fc.array(fc.constantFrom(...FAULTS), { minLength: 1, maxLength: 12 }),
        (actions, faults) => runScenario(actions, faults),
      ),
      {
        numRuns: runs,
        ...(seed === undefined ? {} : { seed }),
        ...(path ? { path } : {}),
        reporter: (details) => {
          if (details.failed) {
            throw new Error(
              `${fc.defaultReportMessage(details)}\n${String(details.errorInstance)}\nReplay: SYNC_SEED=${details.seed} SYNC_PATH=${details.counterexamplePath} npx vitest run server/sync/convergence.test.ts`,
            );
          }
        },
      },
    );
  }, 600_000);
});
