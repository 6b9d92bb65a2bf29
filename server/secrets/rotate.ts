import { rmSync } from "node:fs";
import path from "node:path";
import type { Db } from "../db/connect";
import { protectSecretsAtRest } from "./at-rest";
import { loadKeyring, PREVIOUS_KEY_FILE, rotateKeyFile } from "./key-file";
import { Keyring } from "./keyring";

export type SecretSettings = {
  secretKey: Buffer | null;
  secretKeyPrevious: Buffer | null;
  dataDir: string;
};

/**
 * `admin rotate-secret-key`. Only TOTP secrets depend on the key: recovery codes are kept under a
 * salted slow hash that needs none, and enrolment codes and tokens under plain SHA-256 of random
 * values, so nothing else has to be re-keyed.
 * - SECRET_KEY set: the operator has already put the new key in SECRET_KEY and the old one in
 *   SECRET_KEY_PREVIOUS (and restarted); this re-encrypts every secret under SECRET_KEY, after
 *   which SECRET_KEY_PREVIOUS can go.
 * - The embedded default: a new DATA_DIR/secret.key is made (the old one kept beside it until every
 *   secret is re-encrypted, so a crash loses nothing) and every secret re-encrypted under it.
 */
export async function rotateSecretKey(db: Db, settings: SecretSettings): Promise<string> {
  if (settings.secretKey) {
    const keyring = new Keyring(settings.secretKey, settings.secretKeyPrevious);
    const report = await protectSecretsAtRest(db, keyring);
    const moved = report.totpResealed + report.totpSealed;
    if (!settings.secretKeyPrevious) {
      return `${moved} second-factor secrets re-encrypted under SECRET_KEY (key ${keyring.currentId}). To change the key: set SECRET_KEY to a new one (openssl rand -base64 32) and SECRET_KEY_PREVIOUS to the old one, restart, then run this command again.`;
    }
    return `${moved} second-factor secrets re-encrypted under SECRET_KEY (key ${keyring.currentId}); SECRET_KEY_PREVIOUS can now be removed.`;
  }
  const previousFile = path.join(settings.dataDir, PREVIOUS_KEY_FILE);
  // An earlier rotation that did not finish is finished first, so no row is left under a key
  // that the new rotation would forget.
  await protectSecretsAtRest(db, loadKeyring(settings));
  rmSync(previousFile, { force: true });
  const rotation = rotateKeyFile(settings.dataDir);
  const report = await protectSecretsAtRest(db, rotation.keyring);
  rmSync(rotation.previousFile, { force: true });
  return `New secret key in ${path.join(settings.dataDir, "secret.key")} (key ${rotation.keyring.currentId}); ${report.totpResealed + report.totpSealed} second-factor secrets re-encrypted under it.`;
}
