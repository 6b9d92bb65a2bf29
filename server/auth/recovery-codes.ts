import { hash, verify } from "@node-rs/argon2";
import { and, eq } from "drizzle-orm";
import type { Db } from "../db/connect";
import { recoveryCodes } from "../db/schema";
import { canonicalCode, hashToken, newTypableCode } from "./tokens";

export const RECOVERY_CODE_COUNT = 10;

/**
 * argon2id with a salt per code, over the code's SHA-256 (which is what older rows held, so the
 * start-up migration can wrap them without the codes). A code has 50 random bits, so a light
 * setting suffices to make a dump useless: even at 1 ms a guess, 2^50 guesses take 35 000 years.
 * No key is involved, so rotating SECRET_KEY leaves these rows as they are.
 */
const ARGON2ID_FOR_CODES = { algorithm: 2, memoryCost: 4096, timeCost: 2, parallelism: 1 } as const;

export function wrapCodeDigest(sha256Hex: string): Promise<string> {
  return hash(sha256Hex, ARGON2ID_FOR_CODES);
}

export function isWrapped(codeHash: string): boolean {
  return codeHash.startsWith("$argon2id$");
}

const digestOf = (code: string) => hashToken(canonicalCode(code));

/** Replaces the account's recovery codes with fresh ones (`xxxxx-xxxxx`), returned once in clear. */
export async function issueRecoveryCodes(db: Db, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => newTypableCode(2));
  const hashes = await Promise.all(codes.map((code) => wrapCodeDigest(digestOf(code))));
  await db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
  });
  return codes;
}

/**
 * Uses up a recovery code: true once, false for an unknown or already used one. The matching row
 * is found by verifying each salted hash, then claimed by its delete, so two requests racing with
 * the same code cannot both pass.
 */
export async function consumeRecoveryCode(db: Db, userId: string, code: string): Promise<boolean> {
  const digest = digestOf(code);
  const rows = await db
    .select({ codeHash: recoveryCodes.codeHash })
    .from(recoveryCodes)
    .where(eq(recoveryCodes.userId, userId));
  for (const row of rows) {
    if (!(await verify(row.codeHash, digest).catch(() => false))) continue;
    const used = await db
      .delete(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, row.codeHash)))
      .returning({ userId: recoveryCodes.userId });
    return used.length > 0;
  }
  return false;
}
