import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: session and trusted-device tokens. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Crockford's base32 alphabet: no I, L, O or U to misread when copied from paper. */
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** Groups of five random base32 characters (5 bits each), joined by dashes: codes for people. */
export function newTypableCode(groups: number): string {
  const chars = [...randomBytes(groups * 5)].map((byte) => ALPHABET[byte & 31]).join("");
  return (chars.match(/.{5}/g) ?? []).join("-");
}

/** Typed codes may carry spaces, dashes or capitals: compare their canonical form. */
export function canonicalCode(code: string): string {
  return code.toLowerCase().replace(/[^0-9a-z]/g, "");
}
