import { randomBytes } from "node:crypto";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import type { Db } from "../db/connect";
import { recoveryCodes, users } from "../db/schema";
import { hashToken } from "./tokens";

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30-second steps. */
const PERIOD_SECONDS = 30;
const ISSUER = "Skillfolio";
/** One step either side absorbs a phone clock a little off and a code typed at the last second. */
const WINDOW_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;

function totpFor(secretBase32: string, label: string) {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A fresh 160-bit secret (RFC 4226's recommended length) and the URI a QR code carries. */
export function newTotpSecret(label: string) {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, otpauthUri: totpFor(secret, label).toString() };
}

/** The 30-second step a code matches (within the window), or null when it matches none. */
export function matchingStep(secretBase32: string, code: string, now = new Date()): number | null {
  const delta = totpFor(secretBase32, "").validate({
    token: code.trim(),
    timestamp: now.getTime(),
    window: WINDOW_STEPS,
  });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/**
 * Accepts a code once: the matched step must be later than the last accepted one, claimed by a
 * conditional update so two requests racing with the same code cannot both pass.
 */
export async function acceptTotpCode(
  db: Db,
  user: { id: string; totpSecret: string | null },
  code: string,
  now = new Date(),
): Promise<boolean> {
  if (!user.totpSecret) return false;
  const step = matchingStep(user.totpSecret, code, now);
  if (step === null) return false;
  const claimed = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return claimed.length > 0;
}

/** Crockford's base32 alphabet: no I, L, O or U to misread when copied from paper. */
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** `xxxxx-xxxxx`: 50 random bits, enough behind the login throttle. */
function newRecoveryCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((byte) => ALPHABET[byte & 31]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** Typed codes may carry spaces, dashes or capitals; the hash is of the canonical form. */
function recoveryCodeHash(code: string): string {
  return hashToken(code.toLowerCase().replace(/[^0-9a-z]/g, ""));
}

/** Replaces the account's recovery codes with fresh ones, returned once in clear. */
export async function issueRecoveryCodes(db: Db, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx
      .insert(recoveryCodes)
      .values(codes.map((code) => ({ userId, codeHash: recoveryCodeHash(code) })));
  });
  return codes;
}

/** Uses up a recovery code: true once, false for an unknown or already used one. */
export async function consumeRecoveryCode(db: Db, userId: string, code: string): Promise<boolean> {
  const used = await db
    .delete(recoveryCodes)
    .where(
      and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, recoveryCodeHash(code))),
    )
    .returning({ userId: recoveryCodes.userId });
  return used.length > 0;
}
