import { serve } from "@hono/node-server";
import { createApp } from "./app";
import { DatabaseError, openDatabase } from "./db/connect";
import { EnvError, parseEnv } from "./env";
import { scheduleHouseKeeping } from "./housekeeping";
import { createLogger } from "./http/log";
import { protectSecretsAtRest } from "./secrets/at-rest";
import { loadKeyring } from "./secrets/key-file";
import { SecretDecryptionError } from "./secrets/keyring";
import { SyncPokes } from "./sync/pokes";

/** Start-up: parse the environment, open and migrate the store, serve API and PWA. */
async function main() {
  const env = parseEnv();
  const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
  const secrets = loadKeyring(env);
  await protectSecretsAtRest(database.db, secrets);
  const logger = createLogger();
  const app = createApp({
    db: database.db,
    store: database.kind,
    cookies: { secure: env.secureCookies },
    trustProxy: env.trustProxy,
    secrets,
    pokes: new SyncPokes(database.listen),
    clientDist: env.clientDist,
    logger,
  });
  scheduleHouseKeeping(database.db, logger);
  const server = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, (info) => {
    const where = database.kind === "pglite" ? `embedded PGlite in ${env.dataDir}` : "PostgreSQL";
    console.log(`Skillfolio listening on http://localhost:${info.port} (store: ${where})`);
  });
  server.on("error", (error: NodeJS.ErrnoException) => {
    const reason =
      error.code === "EADDRINUSE" ? `port ${env.port} is already in use (set PORT)` : error.message;
    console.error(`Skillfolio cannot start: ${reason}`);
    process.exit(1);
  });
  const shutdown = () => {
    server.close();
    database.close().finally(() => process.exit(0));
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  if (
    error instanceof EnvError ||
    error instanceof DatabaseError ||
    error instanceof SecretDecryptionError
  ) {
    console.error(`Skillfolio cannot start: ${error.message}`);
  } else {
    console.error("Skillfolio cannot start:", error);
  }
  process.exit(1);
});
