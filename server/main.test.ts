import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort, startServer } from "./test/process";

describe("start-up", () => {
  it("starts on embedded PGlite in DATA_DIR with no database server, and answers /api/health", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "sf-start-"));
    const port = await freePort();
    const server = await startServer({ PORT: String(port), DATA_DIR: dataDir }, /listening/);
    try {
      expect(server.output).toContain(`http://localhost:${port}`);
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(await response.json()).toEqual({ status: "ok", store: "pglite" });
      // The embedded default makes its secret key at first start, for its owner's eyes only.
      expect(statSync(path.join(dataDir, "secret.key")).mode & 0o777).toBe(0o600);

      const second = await startServer(
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
    const result = await startServer(
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
    [{ TRUST_PROXY: "true" }, /Invalid TRUST_PROXY: .*1 for one nginx or Caddy/],
    [{ DATABASE_URL: "postgres://db/x", SECRET_KEY: "" }, /SECRET_KEY is required/],
  ])(
    "exits 1 with a one-line error for a bad setting %j",
    async (env, message) => {
      const result = await startServer(env, /listening/);
      expect(result.code).toBe(1);
      expect(result.output).toMatch(message);
      expect(result.output.trim().split("\n")).toHaveLength(1);
    },
    30_000,
  );
});
