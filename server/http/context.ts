import type { CookieConfig, SessionUser } from "../auth/sessions";
import type { Db, StoreKind } from "../db/connect";
import type { SyncPokes } from "../sync/pokes";

/** What every route group receives from `createApp`: no globals, so tests build their own. */
export type AppDeps = {
  db: Db;
  store: StoreKind;
  cookies: CookieConfig;
  trustProxy: boolean;
  pokes: SyncPokes;
};

export type AppEnv = {
  Variables: { user: SessionUser };
};
