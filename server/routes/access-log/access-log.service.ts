import { and, desc, eq, gt, sql } from "drizzle-orm";
import type { AccessAction } from "../../../shared/schemas/index";
import type { Db } from "../../db/connect";
import { accessLog } from "../../db/schema";
import type { LiveShare } from "../adviser/live-share";

/** Longest description kept: a record's title, never a token, password or email. */
const TARGET_MAX = 200;

/**
 * Reads an adviser's screen repeats on its own (each refetch of the portfolio or the comments):
 * within an hour of the first, a repeat adds to that row's count. Exports and proof openings are
 * deliberate acts, each kept as its own row.
 */
const REPEATABLE: ReadonlySet<AccessAction> = new Set(["view", "comment"]);
export const REPEAT_WINDOW_MS = 60 * 60_000;

/**
 * Writes an adviser's read in the person's access log, so they see who read what and when.
 *
 * A repeatable read first looks for a row of the same read (same adviser, share, action and
 * target) started less than an hour before; if there is one it counts one more read and moves
 * its last time, otherwise it starts a row. The look-up and the write run under a lock on the
 * (share, adviser) pair, so two reads arriving together cannot both find nothing and start two
 * rows; reads of other shares do not wait on each other.
 */
export async function logAccess(
  db: Db,
  share: LiveShare,
  action: AccessAction,
  target: string,
  at = new Date(),
) {
  const row = {
    ownerId: share.ownerId,
    adviserId: share.adviserId,
    shareId: share.id,
    action,
    target: target.slice(0, TARGET_MAX),
    at,
  };
  if (!REPEATABLE.has(action)) {
    await db.insert(accessLog).values(row);
    return;
  }
  await db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`access-log:${share.id}:${share.adviserId}`}))`,
    );
    const [open] = await tx
      .select({ id: accessLog.id })
      .from(accessLog)
      .where(
        and(
          eq(accessLog.ownerId, row.ownerId),
          eq(accessLog.adviserId, row.adviserId),
          eq(accessLog.shareId, row.shareId),
          eq(accessLog.action, row.action),
          eq(accessLog.target, row.target),
          gt(accessLog.at, new Date(at.getTime() - REPEAT_WINDOW_MS)),
        ),
      )
      .orderBy(desc(accessLog.at))
      .limit(1);
    if (!open) {
      await tx.insert(accessLog).values(row);
      return;
    }
    await tx
      .update(accessLog)
      .set({
        count: sql`${accessLog.count} + 1`,
        lastAt: sql`greatest(coalesce(${accessLog.lastAt}, ${accessLog.at}), ${at.toISOString()}::timestamptz)`,
      })
      .where(eq(accessLog.id, open.id));
  });
}
