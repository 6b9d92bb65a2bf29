import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "./schema";

export type Schema = typeof schema;
/** Both drivers share Drizzle's Postgres surface; the rest of the server sees only this. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type StoreKind = "pglite" | "postgres";

export type Database = {
  db: Db;
  kind: StoreKind;
  /**
   * Subscribes to a Postgres NOTIFY channel. With a real Postgres this crosses server processes,
   * which is how a push on one instance pokes devices connected to another.
   */
  listen: (channel: string, onPayload: (payload: string) => void) => Promise<() => Promise<void>>;
  close: () => Promise<void>;
};

const migrationsFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../migrations",
);

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
    const releaseLock = lockDataDir(dir);
    client = new PGlite(dir);
    const database = await pgliteDatabase(client);
    return {
      ...database,
      close: async () => {
        await client.close();
        releaseLock();
      },
    };
  }
  return pgliteDatabase(client);
}

async function pgliteDatabase(client: PGlite): Promise<Database> {
  const db = drizzlePglite({ client, schema, casing: "snake_case" });
  await migratePglite(db, { migrationsFolder });
  return {
    db,
    kind: "pglite",
    listen: async (channel, onPayload) => {
      const unlisten = await client.listen(channel, onPayload);
      return () => unlisten();
    },
    close: () => client.close(),
  };
}

/**
 * PGlite is one process's database: a second process opening the same files would corrupt them.
 * A lock file naming the owning process stops a second server or an admin command early.
 */
function lockDataDir(dir: string): () => void {
  const lockPath = path.join(dir, "skillfolio.lock");
  const holder = readLockHolder(lockPath);
  if (holder !== null && holder !== process.pid && isAlive(holder)) {
    throw new DatabaseError(
      `The embedded database in ${dir} is in use by process ${holder}. Stop that server first (or use DATABASE_URL).`,
    );
  }
  writeFileSync(lockPath, String(process.pid));
  return () => rmSync(lockPath, { force: true });
}

function readLockHolder(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
    return Number.isFinite(pid) ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
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
  const listener = new PostgresListener(url);
  return {
    db,
    kind: "postgres",
    listen: (channel, onPayload) => listener.listen(channel, onPayload),
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}

/**
 * One dedicated connection for LISTEN (a pooled one would lose its subscriptions when returned).
 * If it drops, it reconnects and subscribes again; pokes sent meanwhile are lost, which is
 * harmless because devices also sync on a timer.
 */
class PostgresListener {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private readonly handlers = new Map<string, Set<(payload: string) => void>>();
  private closed = false;

  constructor(private readonly url: string) {}

  async listen(channel: string, onPayload: (payload: string) => void) {
    let handlers = this.handlers.get(channel);
    if (!handlers) {
      handlers = new Set();
      this.handlers.set(channel, handlers);
      const client = await this.connection();
      await client.query(`listen ${pg.escapeIdentifier(channel)}`);
    }
    handlers.add(onPayload);
    return async () => {
      handlers.delete(onPayload);
    };
  }

  private connection(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.url });
      client.on("notification", (message) => {
        for (const handler of this.handlers.get(message.channel) ?? [])
          handler(message.payload ?? "");
      });
      client.on("error", () => this.reconnect());
      await client.connect();
      this.client = client;
      this.connecting = null;
      return client;
    })();
    return this.connecting;
  }

  private reconnect() {
    this.client = null;
    this.connecting = null;
    if (this.closed) return;
    setTimeout(async () => {
      try {
        const client = await this.connection();
        for (const channel of this.handlers.keys())
          await client.query(`listen ${pg.escapeIdentifier(channel)}`);
      } catch {
        this.reconnect();
      }
    }, 1000).unref();
  }

  async close() {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
  }
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
