import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** Runs `server/main.ts` as `npm start` would, until it prints a line matching `until` or exits. */
function start(env: Record<string, string>, until: RegExp) {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise<{ code: number | null; output: string; stop: () => Promise<number | null> }>(
    (resolve) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (until.test(output)) {
          resolve({
            code: null,
            output,
            stop: () =>
              new Promise((done) => {
                child.once("exit", done);
                child.kill("SIGTERM");
              }),
          });
        }
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      child.once("exit", (code) => resolve({ code, output, stop: async () => code }));
    },
  );
}

describe("start-up", () => {
  it("starts on embedded PGlite in DATA_DIR with no database server, and answers /api/health", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "sf-start-"));
    const port = await freePort();
    const server = await start({ PORT: String(port), DATA_DIR: dataDir }, /listening/);
    try {
      expect(server.output).toContain(`http://localhost:${port}`);
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(await response.json()).toEqual({ status: "ok", store: "pglite" });

      const second = await start(
        { PORT: String(await freePort()), DATA_DIR: dataDir },
        /listening/,
      );
      expect(second.code).toBe(1);
      expect(second.output).toMatch(/in use by process \d+/);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 60_000);

  it("exits 1 with one clear line naming the host when DATABASE_URL is unreachable", async () => {
    const result = await start(
      { DATABASE_URL: "postgres://nobody@127.0.0.1:1/none", PORT: "0" },
      /listening/,
    );
    expect(result.code).toBe(1);
    expect(result.output.trim().split("\n")).toHaveLength(1);
    expect(result.output).toMatch(
      /Cannot reach the database at 127\.0\.0\.1:1\/none: .*ECONNREFUSED/,
    );
  }, 30_000);

  it.each([
    [{ PORT: "eighty" }, /Invalid PORT/],
    [{ DATABASE_URL: "mysql://x" }, /Invalid DATABASE_URL: must start with postgres/],
  ])(
    "exits 1 with a one-line error for a bad setting %j",
    async (env, message) => {
      const result = await start(env, /listening/);
      expect(result.code).toBe(1);
      expect(result.output).toMatch(message);
      expect(result.output.trim().split("\n")).toHaveLength(1);
    },
    30_000,
  );
});
