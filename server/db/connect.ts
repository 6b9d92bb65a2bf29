import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import * as schema from "./schema";

export type Schema = typeof schema;
/** Both drivers share Drizzle's Postgres surface; the rest of the server sees only this. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type StoreKind = "pglite" | "postgres";

export type Database = {
  db: Db;
  kind: StoreKind;
  close: () => Promise<void>;
};

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../migrations");

export class DatabaseError extends Error {}

/**
 * Opens the store and applies the committed migrations. Without a URL the embedded PGlite keeps
 * its files in `dataDir` (or memory for tests); with one, a real PostgreSQL is used.
 */
export async function openDatabase(options: {
  databaseUrl: string | null;
  dataDir: string | "memory";
}): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir);
}

async function openPglite(dataDir: string | "memory"): Promise<Database> {
  let client: PGlite;
  if (dataDir === "memory") {
    client = new PGlite();
  } else {
    const dir = path.join(dataDir, "pglite");
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw new DatabaseError(`Cannot create the data directory ${dir}: ${describe(error)}`);
    }
    client = new PGlite(dir);
  }
  await client.waitReady;
  const db = drizzlePglite({ client, schema, casing: "snake_case" });
  await migratePglite(db, { migrationsFolder });
  return { db, kind: "pglite", close: () => client.close() };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  try {
    const connection = await pool.connect();
    connection.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseError(`Cannot reach the database at ${describeUrl(url)}: ${describe(error)}`);
  }
  // An idle client that loses its connection must not crash the process.
  pool.on("error", () => undefined);
  const db = drizzlePostgres({ client: pool, schema, casing: "snake_case" });
  await migratePostgres(db, { migrationsFolder });
  return { db, kind: "postgres", close: () => pool.end() };
}

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "(unparsable URL)";
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
