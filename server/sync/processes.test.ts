import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { uuidv7 } from "../../shared/ids";
import { experienceDefaults } from "../../shared/schemas/index";
import { syncRound } from "../../shared/sync/engine";
import { MemoryReplicaStore } from "../../shared/sync/memory-store";
import { writeLocal } from "../../shared/sync/replica";
import { NetworkError } from "../test/faulty-transport";
import { HttpTransport, signUpOverHttp } from "../test/http-transport";
import { freePort, type ServerProcess, startServer } from "../test/process";

const running: ServerProcess[] = [];
const databases: string[] = [];
afterAll(async () => {
  await Promise.all(running.map((server) => server.kill()));
  if (databases.length === 0) return;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  for (const name of databases) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
});

async function launch(env: Record<string, string>) {
  const port = await freePort();
  const server = await startServer({ ...env, PORT: String(port) });
  if (server.code !== null) throw new Error(`server did not start: ${server.output}`);
  running.push(server);
  return { server, url: `http://127.0.0.1:${port}` };
}

async function queueCreates(
  store: MemoryReplicaStore,
  ownerId: string,
  count: number,
  prefix: string,
) {
  for (let index = 0; index < count; index++) {
    await store.transaction((tx) =>
      writeLocal(tx, ownerId, "experience", uuidv7(), "put", {
        ...experienceDefaults,
        title: `${prefix} ${index}`,
      }),
    );
  }
}

async function syncUntilQuiet(store: MemoryReplicaStore, transport: HttpTransport) {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await syncRound(store, transport);
      if (store.pendingCount() === 0) return;
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error("did not quiesce");
}

describe("crashes", () => {
  it("keeps every acknowledged mutation exactly once through repeated kill -9 during pushes", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "sf-crash-"));
    const env: Record<string, string> = process.env.DATABASE_URL
      ? { DATABASE_URL: await freshDatabase() }
      : { DATA_DIR: dataDir };
    let current = await launch(env);
    const { cookie, userId } = await signUpOverHttp(current.url, "crash@example.fr");
    const store = new MemoryReplicaStore(uuidv7(), userId);
    const transport = new HttpTransport(() => [current.url], cookie);

    let created = 0;
    let interrupted = 0;
    for (let crash = 0; crash < 4; crash++) {
      await queueCreates(store, userId, 150, `crash ${crash}`);
      created += 150;
      const round = syncRound(store, transport).catch((error: unknown) => {
        if (!(error instanceof NetworkError)) throw error;
      });
      await new Promise((resolve) => setTimeout(resolve, 30 + crash * 40));
      await current.server.kill();
      await round;
      if (store.pendingCount() > 0) interrupted++;
      current = await launch(env);
    }
    // The kills must have landed while mutations were still unacknowledged, or this proves nothing.
    expect(interrupted).toBeGreaterThan(0);
    await syncUntilQuiet(store, transport);

    const witness = new MemoryReplicaStore(uuidv7(), userId);
    await syncRound(witness, transport);
    const titles = [...witness.snapshot().values()].map((record) => record.title);
    expect(titles).toHaveLength(created);
    expect(new Set(titles).size).toBe(created);
    expect(witness.snapshot()).toEqual(store.snapshot());
  }, 120_000);
});

async function freshDatabase(): Promise<string> {
  const url = process.env.DATABASE_URL ?? "";
  const name = `sf_proc_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  databases.push(name);
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return fresh.toString();
}

describe.skipIf(!process.env.DATABASE_URL)("two server processes on one PostgreSQL", () => {
  it("serve the same person: devices alternating between them converge, and pokes cross over", async () => {
    const databaseUrl = await freshDatabase();
    const a = await launch({ DATABASE_URL: databaseUrl });
    const b = await launch({ DATABASE_URL: databaseUrl });
    const { cookie, userId } = await signUpOverHttp(a.url, "two-servers@example.fr");

    const events = await fetch(`${a.url}/api/sync/events`, { headers: { cookie } });
    const reader = events.body?.getReader();
    if (!reader) throw new Error("no event stream");
    const decoder = new TextDecoder();
    let stream = "";
    while (!stream.includes("event: ready")) stream += decoder.decode((await reader.read()).value);

    const devices = [0, 1, 2].map(() => ({
      store: new MemoryReplicaStore(uuidv7(), userId),
      transport: new HttpTransport(() => [a.url, b.url], cookie),
    }));
    for (const [index, device] of devices.entries())
      await queueCreates(device.store, userId, 20, `device ${index}`);
    const onlyB = new HttpTransport(() => [b.url], cookie);
    const [first] = devices;
    if (!first) throw new Error("setup");
    await syncRound(first.store, onlyB);
    while (!stream.includes("event: poke")) stream += decoder.decode((await reader.read()).value);
    await reader.cancel();

    for (let round = 0; round < 3; round++) {
      for (const device of devices) await syncUntilQuiet(device.store, device.transport);
    }
    const [reference, ...others] = devices.map((device) => device.store.snapshot());
    expect(reference?.size).toBe(60);
    for (const other of others) expect(other).toEqual(reference);
  }, 120_000);
});
