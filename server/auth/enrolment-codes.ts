import { timingSafeEqual } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../db/connect";
import { enrolmentCodes } from "../db/schema";
import { ApiError } from "../http/errors";
import { canonicalCode, hashToken, newTypableCode } from "./tokens";

/** Long enough for an operator to hand the code over a weekend, short enough to go stale. */
export const ENROLMENT_CODE_VALIDITY_MS = 72 * 3600_000;

const digestOf = (code: string) => hashToken(canonicalCode(code));

/**
 * A fresh one-time enrolment code for the account (replacing any earlier one), returned once in
 * clear for the operator's command to print: four groups of five characters, 100 random bits.
 */
export async function issueEnrolmentCode(db: Db, userId: string, now = new Date()) {
  const code = newTypableCode(4);
  const row = {
    codeHash: digestOf(code),
    expiresAt: new Date(now.getTime() + ENROLMENT_CODE_VALIDITY_MS),
    usedAt: null,
    createdAt: now,
  };
  await db
    .insert(enrolmentCodes)
    .values({ userId, ...row })
    .onConflictDoUpdate({ target: enrolmentCodes.userId, set: row });
  return { code, expiresAt: row.expiresAt };
}

function sameDigest(stored: string, typed: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(typed);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Throws 403 with the precise reason unless `code` is the account's live enrolment code:
 * `enrolment_code_required` (none typed), `enrolment_code_invalid` (not this account's code),
 * `enrolment_code_used`, `enrolment_code_expired`.
 */
export async function checkEnrolmentCode(
  db: Db,
  userId: string,
  code: string | undefined,
  now = new Date(),
) {
  if (!code?.trim()) {
    throw new ApiError(
      403,
      "enrolment_code_required",
      "Type the enrolment code your administrator gave you.",
    );
  }
  const [row] = await db.select().from(enrolmentCodes).where(eq(enrolmentCodes.userId, userId));
  if (!row || !sameDigest(row.codeHash, digestOf(code))) {
    throw new ApiError(403, "enrolment_code_invalid", "This enrolment code is not valid.");
  }
  if (row.usedAt) {
    throw new ApiError(403, "enrolment_code_used", "This enrolment code has already been used.");
  }
  if (row.expiresAt <= now) {
    throw new ApiError(403, "enrolment_code_expired", "This enrolment code has expired.");
  }
}

/** Uses the code up, atomically: of two requests racing with it, one gets `enrolment_code_used`. */
export async function consumeEnrolmentCode(db: Db, userId: string, code: string, now = new Date()) {
  const used = await db
    .update(enrolmentCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(enrolmentCodes.userId, userId),
        eq(enrolmentCodes.codeHash, digestOf(code)),
        isNull(enrolmentCodes.usedAt),
        gt(enrolmentCodes.expiresAt, now),
      ),
    )
    .returning({ userId: enrolmentCodes.userId });
  if (used.length === 0) await checkEnrolmentCode(db, userId, code, now);
  if (used.length === 0) {
    throw new ApiError(403, "enrolment_code_used", "This enrolment code has already been used.");
  }
}
