import type { CookieConfig, SessionUser } from "../auth/sessions";
import type { Db, StoreKind } from "../db/connect";
import type { Keyring } from "../secrets/keyring";
import type { SyncPokes } from "../sync/pokes";
import type { TrustProxy } from "./client-ip";
import type { Logger } from "./log";

/** What every route group receives from `createApp`: no globals, so tests build their own. */
export type AppDeps = {
  db: Db;
  store: StoreKind;
  cookies: CookieConfig;
  trustProxy: TrustProxy;
  pokes: SyncPokes;
  /** The server's key, which seals second-factor secrets at rest. */
  secrets: Keyring;
  /** JSON lines to stdout when absent; tests pass one writing where they can read it. */
  logger?: Logger;
};

export type AppEnv = {
  Variables: { user: SessionUser; log: Logger };
};
