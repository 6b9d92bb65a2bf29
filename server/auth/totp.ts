import { and, eq, isNull, lt, or } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import type { Db } from "../db/connect";
import { users } from "../db/schema";
import type { Keyring } from "../secrets/keyring";

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30-second steps. */
const PERIOD_SECONDS = 30;
const ISSUER = "Skillfolio";
/** One step either side absorbs a phone clock a little off and a code typed at the last second. */
const WINDOW_STEPS = 1;

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

/** The stored form of a TOTP secret: sealed under the server's key, bound to its account. */
export function sealTotpSecret(keyring: Keyring, userId: string, secretBase32: string): string {
  return keyring.seal("totp-secret", secretBase32, userId);
}

export function openTotpSecret(keyring: Keyring, userId: string, stored: string): string {
  return keyring.open("totp-secret", stored, userId);
}

/**
 * Accepts a code once: the matched step must be later than the last accepted one, claimed by a
 * conditional update so two requests racing with the same code cannot both pass.
 */
export async function acceptTotpCode(
  db: Db,
  keyring: Keyring,
  user: { id: string; totpSecret: string | null },
  code: string,
  now = new Date(),
): Promise<boolean> {
  if (!user.totpSecret) return false;
  const step = matchingStep(openTotpSecret(keyring, user.id, user.totpSecret), code, now);
  if (step === null) return false;
  const claimed = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return claimed.length > 0;
}
