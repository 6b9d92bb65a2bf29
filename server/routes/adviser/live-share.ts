import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod/mini";
import type { Db } from "../../db/connect";
import { shares, users } from "../../db/schema";
import { ApiError } from "../../http/errors";

export type LiveShare = typeof shares.$inferSelect & {
  owner: { id: string; displayName: string };
};

/**
 * THE authorisation of every adviser route on a shared portfolio (docs/security.md): the share must
 * exist, name this adviser, be unrevoked and unexpired, checked against the database on every
 * request so a revocation takes effect at the next one. Every refusal is the same 404 as an id
 * that never existed, so trying ids tells an adviser nothing.
 */
export async function loadLiveShare(
  db: Db,
  adviserId: string,
  shareId: string | undefined,
  now = new Date(),
): Promise<LiveShare> {
  const id = z.uuid().safeParse(shareId);
  if (id.success) {
    const [row] = await db
      .select({ share: shares, owner: { id: users.id, displayName: users.displayName } })
      .from(shares)
      .innerJoin(users, eq(users.id, shares.ownerId))
      .where(
        and(
          eq(shares.id, id.data),
          eq(shares.adviserId, adviserId),
          isNull(shares.revokedAt),
          gt(shares.expiresAt, now),
        ),
      );
    if (row) return { ...row.share, owner: row.owner };
  }
  throw new ApiError(404, "not_found", "No such shared portfolio.");
}
