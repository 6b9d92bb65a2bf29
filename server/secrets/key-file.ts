import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EnvError } from "../env";
import { Keyring } from "./keyring";

export const KEY_FILE = "secret.key";
export const PREVIOUS_KEY_FILE = "secret.key.previous";

function readKey(file: string): Buffer {
  const key = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
  if (key.length !== 32) throw new EnvError(`${file} does not hold a 32-byte base64 key`);
  return key;
}

/** Written whole or not at all (temporary file, then rename), readable by the owner only. */
export function writeKeyFile(file: string, key: Buffer) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${key.toString("base64")}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}

/**
 * The keyring from the settings: SECRET_KEY (and SECRET_KEY_PREVIOUS) when set; otherwise the
 * embedded default's DATA_DIR/secret.key, made at first start (mode 0600) and reused after, with
 * DATA_DIR/secret.key.previous while a rotation has not finished.
 */
export function loadKeyring(settings: {
  secretKey: Buffer | null;
  secretKeyPrevious: Buffer | null;
  dataDir: string;
}): Keyring {
  if (settings.secretKey) return new Keyring(settings.secretKey, settings.secretKeyPrevious);
  const file = path.join(settings.dataDir, KEY_FILE);
  if (!existsSync(file)) writeKeyFile(file, randomBytes(32));
  const previousFile = path.join(settings.dataDir, PREVIOUS_KEY_FILE);
  return new Keyring(readKey(file), existsSync(previousFile) ? readKey(previousFile) : null);
}

/**
 * The embedded default's rotation: the new key is written first and the old one kept beside it
 * as `secret.key.previous`, so a crash before the re-encryption ends leaves a keyring that still
 * opens every row (the next start finishes the job); the caller removes the previous file after.
 */
export function rotateKeyFile(dataDir: string): { keyring: Keyring; previousFile: string } {
  const file = path.join(dataDir, KEY_FILE);
  const previousFile = path.join(dataDir, PREVIOUS_KEY_FILE);
  if (!existsSync(file)) throw new EnvError(`${file} does not exist: start the server once first`);
  const old = readKey(file);
  const fresh = randomBytes(32);
  writeKeyFile(previousFile, old);
  writeKeyFile(file, fresh);
  return { keyring: new Keyring(fresh, old), previousFile };
}
