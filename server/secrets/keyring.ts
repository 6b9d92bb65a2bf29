import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/** What a derived key is for: one key per purpose, so no two uses ever share a key. */
export type KeyPurpose = "totp-secret";

const VERSION = "v1";
const NONCE_BYTES = 12;

function derive(master: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), `skillfolio ${info}`, 32));
}

class MasterKey {
  readonly id: string;
  private readonly derived = new Map<KeyPurpose, Buffer>();
  constructor(private readonly master: Buffer) {
    // Names the key in each ciphertext without revealing anything of it.
    this.id = derive(master, "key-id").subarray(0, 4).toString("hex");
  }
  key(purpose: KeyPurpose): Buffer {
    let key = this.derived.get(purpose);
    if (!key) {
      key = derive(this.master, `${purpose} aes-256-gcm`);
      this.derived.set(purpose, key);
    }
    return key;
  }
}

export class SecretDecryptionError extends Error {}

/**
 * The server's secret key (SECRET_KEY or DATA_DIR/secret.key) and, during a rotation, the one
 * before it. Values are sealed with AES-256-GCM under a key derived per purpose with HKDF, as
 * `v1.<key id>.<nonce>.<ciphertext>.<tag>` (base64url); the row's id is bound as associated data,
 * so a sealed value copied onto another row does not open.
 */
export class Keyring {
  private readonly current: MasterKey;
  private readonly previous: MasterKey | null;

  constructor(current: Buffer, previous: Buffer | null = null) {
    if (current.length !== 32) throw new Error("The secret key must be 32 bytes.");
    this.current = new MasterKey(current);
    this.previous = previous && !previous.equals(current) ? new MasterKey(previous) : null;
  }

  /** A throwaway keyring, for tests and for processes that never store a secret. */
  static ephemeral(): Keyring {
    return new Keyring(randomBytes(32));
  }

  get currentId(): string {
    return this.current.id;
  }

  seal(purpose: KeyPurpose, plaintext: string, boundTo: string): string {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.current.key(purpose), nonce);
    cipher.setAAD(Buffer.from(boundTo));
    const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    const parts = [nonce, ciphertext, cipher.getAuthTag()].map((part) =>
      part.toString("base64url"),
    );
    return [VERSION, this.current.id, ...parts].join(".");
  }

  open(purpose: KeyPurpose, sealed: string, boundTo: string): string {
    const [version, keyId, nonce, ciphertext, tag] = sealed.split(".");
    if (version !== VERSION || !nonce || ciphertext === undefined || !tag) {
      throw new SecretDecryptionError("Not a sealed value.");
    }
    const master = [this.current, this.previous].find((key) => key?.id === keyId);
    if (!master) throw new SecretDecryptionError(`No key with the id ${keyId}.`);
    try {
      const decipher = createDecipheriv(
        "aes-256-gcm",
        master.key(purpose),
        Buffer.from(nonce, "base64url"),
      );
      decipher.setAAD(Buffer.from(boundTo));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([
        decipher.update(Buffer.from(ciphertext, "base64url")),
        decipher.final(),
      ]).toString("utf8");
    } catch {
      throw new SecretDecryptionError("The sealed value does not open with this key.");
    }
  }

  static isSealed(value: string): boolean {
    return value.startsWith(`${VERSION}.`);
  }

  /** Whether a sealed value is under the current key (else a rotation has yet to reach it). */
  isCurrent(sealed: string): boolean {
    return sealed.split(".")[1] === this.current.id;
  }
}
