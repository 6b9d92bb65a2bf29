/**
 * Push ingest (target: at least half a raw upsert's rate): 10 000 mutations in batches of 100
 * through the real push path (merge, per-owner lock, version stamping, outbox bookkeeping), against
 * a raw multi-row upsert of the same rows on the same database, in the same run. Prints both rates
 * and their ratio.
 *
 *   npm run bench:push                      # PostgreSQL at 127.0.0.1:5432 (DATABASE_URL to change)
 *   BENCH_STORE=pglite npm run bench:push   # the embedded store
 */
import pg from "pg";
import { type Database, openDatabase } from "../server/db/connect";
import { experiences, users } from "../server/db/schema";
import { applyPush } from "../server/sync/push";
import { uuidv7 } from "../shared/ids";
import { experienceDefaults } from "../shared/schemas/index";
import { type Mutation, SYNC_SCHEMA_VERSION } from "../shared/sync/protocol";

const TOTAL = Number(process.env.BENCH_MUTATIONS ?? 10_000);
const BATCH = 100;

async function open(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (process.env.BENCH_STORE === "pglite") {
    const database = await openDatabase({ databaseUrl: null, dataDir: "memory" });
    return { database, drop: () => database.close() };
  }
  const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const name = `sf_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: target.toString(), dataDir: "memory" });
  return {
    database,
    drop: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database ${name} with (force)`);
      await cleanup.end();
    },
  };
}

async function newOwner(database: Database) {
  const id = uuidv7();
  await database.db
    .insert(users)
    .values({ id, email: `${id}@bench.fr`, passwordHash: "-", displayName: "Bench" });
  return id;
}

function experience(index: number) {
  return {
    ...experienceDefaults,
    kind: "job" as const,
    title: `Expérience ${index}`,
    organisation: "Coopérative viticole",
    location: "Épernay",
    startDate: "2021-09",
    description: "Taille, palissage et vendanges sur 12 hectares.",
    activities: ["Taille de la vigne", "Vendanges"],
    tags: ["viticulture"],
  };
}

async function main() {
  const { database, drop } = await open();
  try {
    const rawOwner = await newOwner(database);
    const rawStart = performance.now();
    for (let start = 0; start < TOTAL; start += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, TOTAL - start) }, (_, offset) => ({
        ...experience(start + offset),
        id: uuidv7(),
        ownerId: rawOwner,
        version: start / BATCH + 1,
      }));
      await database.db
        .insert(experiences)
        .values(rows)
        .onConflictDoUpdate({ target: experiences.id, set: { title: experiences.title } });
    }
    const rawMs = performance.now() - rawStart;

    const owner = await newOwner(database);
    const clientId = uuidv7();
    let nextId = 1;
    const pushStart = performance.now();
    for (let start = 0; start < TOTAL; start += BATCH) {
      const mutations: Mutation[] = Array.from(
        { length: Math.min(BATCH, TOTAL - start) },
        (_, offset) => ({
          id: nextId++,
          table: "experience",
          key: uuidv7(),
          op: "put",
          baseVersion: 0,
          changes: experience(start + offset),
        }),
      );
      const response = await applyPush(database.db, owner, {
        clientId,
        schemaVersion: SYNC_SCHEMA_VERSION,
        mutations,
      });
      if (response.rejections.length > 0) throw new Error(JSON.stringify(response.rejections[0]));
    }
    const pushMs = performance.now() - pushStart;

    const rate = (ms: number) => Math.round(TOTAL / (ms / 1000));
    console.log(`store: ${database.kind}; ${TOTAL} records in batches of ${BATCH}`);
    console.log(`raw multi-row upsert: ${rawMs.toFixed(0)} ms (${rate(rawMs)} rows/s)`);
    console.log(`sync push:            ${pushMs.toFixed(0)} ms (${rate(pushMs)} mutations/s)`);
    console.log(`push rate / raw rate: ${(rawMs / pushMs).toFixed(2)} (target >= 0.5)`);
  } finally {
    await drop();
  }
}

await main();
