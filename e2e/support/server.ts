import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "../..");

export type RunningServer = {
  url: string;
  /** The embedded database's directory (removed at stop unless `keepData`). */
  dataDir: string;
  stop: () => Promise<void>;
};

export type ServerOptions = {
  /** The built client to serve; a journey that "deploys" a new version passes a copy it edits. */
  clientDist?: string;
  /** Keep the data directory after stop, for a journey that inspects what the server stored. */
  keepData?: boolean;
  /** A data directory prepared beforehand (accounts made with the admin CLI); removed at stop. */
  dataDir?: string;
};

/** `E2E_CLIENT_DIST` points the journeys at another build (parallel work on one checkout). */
export const builtClient = process.env.E2E_CLIENT_DIST ?? path.join(repoRoot, "client/dist");

/**
 * Starts the real server (API + built PWA) on a free port with a fresh PGlite data directory,
 * and waits until /api/health answers. CI builds the client before the journeys run.
 */
export async function startServer({
  clientDist = builtClient,
  keepData = false,
  dataDir = mkdtempSync(path.join(tmpdir(), "skillfolio-e2e-")),
}: ServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(path.join(clientDist, "index.html"))) {
    throw new Error(`${clientDist} has no index.html: run \`npm run build\` before the journeys`);
  }
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      CLIENT_DIST: clientDist,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });

  const url = `http://localhost:${port}`;
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    dataDir,
    stop: async () => {
      await stopChild(child);
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer /api/health within 60 s:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
