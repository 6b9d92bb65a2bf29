import { sql } from "drizzle-orm";
import type { Db } from "../db/connect";
import { rateLimits } from "../db/schema";

export type Limit = { key: string; max: number; windowMs: number };

/** Whether `key` has used up its failures in the current window; returns the seconds to wait. */
export async function retryAfter(db: Db, limit: Limit, now = new Date()): Promise<number | null> {
  const [row] = await db
    .select({ windowStart: rateLimits.windowStart, count: rateLimits.count })
    .from(rateLimits)
    .where(sql`${rateLimits.key} = ${limit.key}`);
  if (!row) return null;
  const windowEnds = row.windowStart.getTime() + limit.windowMs;
  if (windowEnds <= now.getTime() || row.count < limit.max) return null;
  return Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000));
}

/** Counts one failure against `key` in a fixed window that restarts once it has passed. */
export async function recordFailure(db: Db, limit: Limit, now = new Date()) {
  const windowOpen = new Date(now.getTime() - limit.windowMs);
  await db
    .insert(rateLimits)
    .values({ key: limit.key, windowStart: now, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStart} <= ${windowOpen} then 1 else ${rateLimits.count} + 1 end`,
        windowStart: sql`case when ${rateLimits.windowStart} <= ${windowOpen} then ${now} else ${rateLimits.windowStart} end`,
      },
    });
}

export async function clearFailures(db: Db, key: string) {
  await db.delete(rateLimits).where(sql`${rateLimits.key} = ${key}`);
}
