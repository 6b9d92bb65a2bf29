import { lt } from "drizzle-orm";
import { purgeExpiredSessions } from "./auth/sessions";
import type { Db } from "./db/connect";
import { loginFailedAccounts, throttleBuckets } from "./db/schema";
import type { Logger } from "./http/log";
import { purgeTombstones } from "./sync/tombstones";

const DAY_MS = 24 * 3600_000;

/** Daily clean-up: expired sessions, stale throttle counters, tombstones past their retention. */
export async function houseKeep(db: Db, now = new Date()) {
  await purgeExpiredSessions(db, now);
  // A bucket whose arrival time has passed is full again: the row says nothing any more.
  await db.delete(throttleBuckets).where(lt(throttleBuckets.tat, now));
  await db
    .delete(loginFailedAccounts)
    .where(lt(loginFailedAccounts.lastFailedAt, new Date(now.getTime() - DAY_MS)));
  return { tombstones: await purgeTombstones(db, now) };
}

/** Runs `houseKeep` now and every day; any instance may run it, the statements are idempotent. */
export function scheduleHouseKeeping(db: Db, logger: Logger) {
  const run = () =>
    houseKeep(db).catch((error: unknown) => {
      logger.error({ err: error }, "housekeeping failed");
    });
  void run();
  setInterval(run, DAY_MS).unref();
}
