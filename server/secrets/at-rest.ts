import { and, eq, isNotNull, not, sql } from "drizzle-orm";
import { isWrapped, wrapCodeDigest } from "../auth/recovery-codes";
import { openTotpSecret, sealTotpSecret } from "../auth/totp";
import type { Db } from "../db/connect";
import { recoveryCodes, users } from "../db/schema";
import { Keyring, SecretDecryptionError } from "./keyring";

export type AtRestReport = {
  totpSealed: number;
  totpResealed: number;
  recoveryCodesWrapped: number;
};

/**
 * Brings every stored second-factor secret to the current form, run at each start and by
 * `admin rotate-secret-key`: a TOTP secret still in clear (rows older than encryption) is sealed,
 * one sealed under the previous key is resealed under the current one, and a recovery code stored
 * as a bare SHA-256 gets its salted slow hash. Idempotent; one transaction, so a crash leaves the
 * rows all before or all after.
 */
export async function protectSecretsAtRest(db: Db, keyring: Keyring): Promise<AtRestReport> {
  const report: AtRestReport = { totpSealed: 0, totpResealed: 0, recoveryCodesWrapped: 0 };
  await db.transaction(async (tx) => {
    const accounts = await tx
      .select({ id: users.id, totpSecret: users.totpSecret })
      .from(users)
      .where(isNotNull(users.totpSecret));
    for (const account of accounts) {
      const stored = account.totpSecret ?? "";
      let plain: string;
      if (!Keyring.isSealed(stored)) {
        plain = stored;
        report.totpSealed++;
      } else if (!keyring.isCurrent(stored)) {
        plain = openWithKnownKey(keyring, account.id, stored);
        report.totpResealed++;
      } else continue;
      await tx
        .update(users)
        .set({ totpSecret: sealTotpSecret(keyring, account.id, plain) })
        .where(eq(users.id, account.id));
    }
    const bare = await tx
      .select({ userId: recoveryCodes.userId, codeHash: recoveryCodes.codeHash })
      .from(recoveryCodes)
      .where(not(sql`${recoveryCodes.codeHash} like '$argon2id$%'`));
    for (const row of bare) {
      if (isWrapped(row.codeHash)) continue;
      await tx
        .update(recoveryCodes)
        .set({ codeHash: await wrapCodeDigest(row.codeHash) })
        .where(and(eq(recoveryCodes.userId, row.userId), eq(recoveryCodes.codeHash, row.codeHash)));
      report.recoveryCodesWrapped++;
    }
  });
  return report;
}

/** A row under a key this server does not hold stops everything, with a line that says so. */
function openWithKnownKey(keyring: Keyring, userId: string, stored: string): string {
  try {
    return openTotpSecret(keyring, userId, stored);
  } catch (error) {
    if (!(error instanceof SecretDecryptionError)) throw error;
    throw new SecretDecryptionError(
      `a second-factor secret is sealed under key ${stored.split(".")[1]}, which is neither SECRET_KEY nor SECRET_KEY_PREVIOUS (key ${keyring.currentId}): start with the key it was sealed under`,
    );
  }
}
