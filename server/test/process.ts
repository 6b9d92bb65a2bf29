import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export function freePort(): Promise<number> {
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

export type ServerProcess = {
  /** Exit code when the process ended before printing `until`; null while it runs. */
  code: number | null;
  output: string;
  child: ChildProcess;
  /** SIGTERM, waits for the exit code. */
  stop: () => Promise<number | null>;
  /** SIGKILL: a crash, no clean-up of any kind. */
  kill: () => Promise<void>;
};

/** One key for every process a test starts on PostgreSQL, as an operator sets one for all. */
const sharedSecretKey = randomBytes(32).toString("base64");

/**
 * Runs `server/main.ts` as `npm start` would (embedded store unless DATABASE_URL is given), until
 * it prints a line matching `until` or exits.
 */
export function startServer(
  env: Record<string, string>,
  until = /listening/,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: "",
      SECRET_KEY: env.DATABASE_URL ? sharedSecretKey : "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const handle = (code: number | null): ServerProcess => ({
    code,
    output,
    child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  });
  return new Promise((resolve) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (until.test(output)) resolve(handle(null));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    exited.then((code) => resolve({ ...handle(code), output }));
  });
}
