/**
 * Load (docs/architecture.md, "Quality bars"; issue 4): 200 devices (50 people × 4) syncing against
 * one server process for 60 s, each editing and running full sync rounds back to back. Prints
 * requests, errors and latency percentiles, then checks that no write was lost: after quiescence
 * every device of a person holds exactly what the server holds, and every record any device created
 * is there.
 *
 *   npm run bench:load                                   # embedded PGlite
 *   DATABASE_URL=postgres://… npm run bench:load         # a PostgreSQL (use a throwaway database)
 *   BENCH_SECONDS=10 BENCH_PEOPLE=10 npm run bench:load  # shorter
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { HttpTransport, signUpOverHttp } from "../server/test/http-transport";
import { freePort, startServer } from "../server/test/process";
import { uuidv7 } from "../shared/ids";
import { competencyDefaults, experienceDefaults } from "../shared/schemas/index";
import { type SyncTransport, syncRound } from "../shared/sync/engine";
import { MemoryReplicaStore } from "../shared/sync/memory-store";
import type { PullRequest, PushRequest } from "../shared/sync/protocol";
import { writeLocal } from "../shared/sync/replica";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 50);
const DEVICES_PER_PERSON = 4;

const latencies = { push: [] as number[], pull: [] as number[] };
let errors = 0;

/** Times every request of an HTTP transport. */
class TimedTransport implements SyncTransport {
  constructor(private readonly inner: HttpTransport) {}
  async push(request: PushRequest) {
    const start = performance.now();
    try {
      return await this.inner.push(request);
    } catch (error) {
      errors++;
      throw error;
    } finally {
      latencies.push.push(performance.now() - start);
    }
  }
  async pull(request: PullRequest) {
    const start = performance.now();
    try {
      return await this.inner.pull(request);
    } catch (error) {
      errors++;
      throw error;
    } finally {
      latencies.pull.push(performance.now() - start);
    }
  }
}

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main() {
  const port = await freePort();
  const env: Record<string, string> = process.env.DATABASE_URL
    ? {
        DATABASE_URL: process.env.DATABASE_URL,
        SECRET_KEY: process.env.SECRET_KEY ?? randomBytes(32).toString("base64"),
      }
    : { DATA_DIR: mkdtempSync(path.join(tmpdir(), "sf-load-")) };
  const server = await startServer({ ...env, PORT: String(port) });
  if (server.code !== null) throw new Error(server.output);
  const url = `http://127.0.0.1:${port}`;
  try {
    const people = [];
    for (let index = 0; index < PEOPLE; index++) {
      const { cookie, userId } = await signUpOverHttp(url, `load-${index}-${uuidv7()}@bench.fr`);
      const devices = Array.from({ length: DEVICES_PER_PERSON }, () => ({
        store: new MemoryReplicaStore(uuidv7(), userId),
        transport: new TimedTransport(new HttpTransport(() => [url], cookie)),
        created: [] as string[],
      }));
      people.push({ userId, devices });
    }

    const deadline = Date.now() + SECONDS * 1000;
    let edits = 0;
    const loops = people.flatMap(({ userId, devices }) =>
      devices.map(async (device, index) => {
        while (Date.now() < deadline) {
          const key = uuidv7();
          const live = [...device.store.snapshot()].filter(([, record]) => !record.deleted);
          const target = live[Math.floor(Math.random() * live.length)];
          await device.store.transaction(async (tx) => {
            if (target && Math.random() < 0.5) {
              const [table, id] = target[0].split(":");
              if (table === "experience" && id) {
                return writeLocal(tx, userId, "experience", id, "patch", {
                  location: `Ville ${index}`,
                });
              }
            }
            device.created.push(key);
            return Math.random() < 0.5
              ? writeLocal(tx, userId, "experience", key, "put", {
                  ...experienceDefaults,
                  title: `E ${key}`,
                })
              : writeLocal(tx, userId, "competency", key, "put", {
                  ...competencyDefaults,
                  label: `C ${key}`,
                });
          });
          edits++;
          await syncRound(device.store, device.transport).catch(() => undefined);
        }
      }),
    );
    await Promise.all(loops);

    let lost = 0;
    let diverged = 0;
    for (const { devices } of people) {
      for (let round = 0; round < 3; round++) {
        for (const device of devices) await syncRound(device.store, device.transport);
      }
      const sorted = (snapshot: Map<string, unknown>) =>
        JSON.stringify([...snapshot].sort(([a], [b]) => a.localeCompare(b)));
      const [first, ...rest] = devices.map((device) => device.store.snapshot());
      for (const other of rest) if (sorted(other) !== sorted(first ?? new Map())) diverged++;
      for (const device of devices) {
        for (const key of device.created) {
          if (![...(first?.keys() ?? [])].some((slot) => slot.endsWith(key))) lost++;
        }
      }
    }

    const total = latencies.push.length + latencies.pull.length;
    console.log(
      `store: ${process.env.DATABASE_URL ? "postgres" : "pglite"}; ${PEOPLE * DEVICES_PER_PERSON} devices, ${SECONDS} s`,
    );
    console.log(
      `edits: ${edits}; requests: ${total} (${(total / SECONDS).toFixed(0)}/s); errors: ${errors}`,
    );
    for (const kind of ["push", "pull"] as const) {
      const values = latencies[kind];
      console.log(
        `${kind}: ${values.length} requests, p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, p99 ${percentile(values, 99).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`,
      );
    }
    console.log(
      `lost writes: ${lost}; devices diverging from their person's first device: ${diverged}`,
    );
    if (lost > 0 || diverged > 0 || errors > 0) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

await main();
