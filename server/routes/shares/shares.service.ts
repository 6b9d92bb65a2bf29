import { randomUUID } from "node:crypto";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import {
  type CreateShareRequest,
  type HideableField,
  hideableFieldSchema,
  type Share,
  type ShareStatus,
} from "../../../shared/schemas/index";
import type { SessionUser } from "../../auth/sessions";
import type { Db } from "../../db/connect";
import { cvs, shares, users } from "../../db/schema";
import { ApiError } from "../../http/errors";

type ShareRow = typeof shares.$inferSelect;

/** "At most 12 months" as the contract counts it: 366 days, so a leap year never refuses it. */
const MAX_EXPIRY_MS = 366 * 24 * 3600_000;

export function shareStatus(row: Pick<ShareRow, "revokedAt" | "expiresAt">, now = new Date()) {
  if (row.revokedAt) return "revoked" satisfies ShareStatus;
  return row.expiresAt <= now
    ? ("expired" satisfies ShareStatus)
    : ("active" satisfies ShareStatus);
}

/** Stored hidden fields, read back through the schema (a value it no longer knows is dropped). */
export function hiddenFieldsOf(row: Pick<ShareRow, "hiddenFields">): HideableField[] {
  return row.hiddenFields.flatMap((field) => {
    const parsed = hideableFieldSchema.safeParse(field);
    return parsed.success ? [parsed.data] : [];
  });
}

function toShare(row: ShareRow, adviser: { id: string; displayName: string; email: string }) {
  return {
    id: row.id,
    adviser,
    scope: row.scope,
    cvId: row.cvId,
    hiddenFields: hiddenFieldsOf(row),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    status: shareStatus(row),
  } satisfies Share;
}

/**
 * Shares the person's portfolio (or one CV) with an adviser account named by email. Each refusal
 * has its own code so the person reads exactly what to fix.
 */
export async function createShare(
  db: Db,
  owner: SessionUser,
  input: CreateShareRequest,
  now = new Date(),
): Promise<Share> {
  const expiresAt = new Date(input.expiresAt);
  if (expiresAt <= now || expiresAt.getTime() - now.getTime() > MAX_EXPIRY_MS) {
    throw new ApiError(400, "invalid_expiry", "The end date must be in the next 12 months.");
  }
  const cvId = input.scope === "cv" ? (input.cvId ?? null) : null;
  if (input.scope === "cv" && !cvId) {
    throw new ApiError(400, "invalid_input", "Choose the CV to share.", {
      issues: [{ path: "cvId", message: "Required for a CV share" }],
    });
  }
  if (input.scope === "portfolio" && input.cvId) {
    throw new ApiError(400, "invalid_input", "A whole-portfolio share names no CV.", {
      issues: [{ path: "cvId", message: "Only for a CV share" }],
    });
  }

  const [adviser] = await db.select().from(users).where(eq(users.email, input.adviserEmail));
  if (!adviser) {
    throw new ApiError(404, "adviser_not_found", "No adviser account uses this email address.");
  }
  if (adviser.id === owner.id) {
    throw new ApiError(400, "share_with_self", "You cannot share with yourself.");
  }
  if (adviser.role !== "adviser") {
    throw new ApiError(400, "not_an_adviser", "This account is not an adviser's.");
  }
  if (cvId) {
    const [cv] = await db
      .select({ id: cvs.id })
      .from(cvs)
      .where(and(eq(cvs.id, cvId), eq(cvs.ownerId, owner.id), eq(cvs.deleted, false)));
    if (!cv) throw new ApiError(404, "not_found", "This CV does not exist.");
  }

  const row = await db.transaction(async (tx) => {
    // Two taps racing must not create two identical shares: one lock per owner's shares.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`shares:${owner.id}`}))`);
    const [existing] = await tx
      .select({ id: shares.id })
      .from(shares)
      .where(
        and(
          eq(shares.ownerId, owner.id),
          eq(shares.adviserId, adviser.id),
          eq(shares.scope, input.scope),
          cvId ? eq(shares.cvId, cvId) : isNull(shares.cvId),
          isNull(shares.revokedAt),
          gt(shares.expiresAt, now),
        ),
      );
    if (existing) {
      throw new ApiError(409, "share_exists", "This adviser already has this share.");
    }
    const [inserted] = await tx
      .insert(shares)
      .values({
        // Random (v4), not time-ordered: a share id reveals nothing and cannot be guessed.
        id: randomUUID(),
        ownerId: owner.id,
        adviserId: adviser.id,
        scope: input.scope,
        cvId,
        hiddenFields: [...new Set(input.hiddenFields)],
        expiresAt,
        createdAt: now,
      })
      .returning();
    return inserted;
  });
  if (!row) throw new Error("insert returned no share");
  return toShare(row, { id: adviser.id, displayName: adviser.displayName, email: adviser.email });
}

/** Every share the person made, newest first, with its status now. */
export async function listShares(db: Db, ownerId: string): Promise<Share[]> {
  const rows = await db
    .select({
      share: shares,
      adviser: { id: users.id, displayName: users.displayName, email: users.email },
    })
    .from(shares)
    .innerJoin(users, eq(users.id, shares.adviserId))
    .where(eq(shares.ownerId, ownerId))
    .orderBy(desc(shares.createdAt));
  return rows.map((row) => toShare(row.share, row.adviser));
}

/** Ends a share now; revoking it again changes nothing. False when the person has no such share. */
export async function revokeShare(db: Db, ownerId: string, shareId: string, now = new Date()) {
  const [row] = await db
    .select({ id: shares.id, revokedAt: shares.revokedAt })
    .from(shares)
    .where(and(eq(shares.id, shareId), eq(shares.ownerId, ownerId)));
  if (!row) return false;
  if (!row.revokedAt) {
    await db
      .update(shares)
      .set({ revokedAt: now })
      .where(and(eq(shares.id, shareId), isNull(shares.revokedAt)));
  }
  return true;
}
