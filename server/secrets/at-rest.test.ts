import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { Secret } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdmin } from "../admin";
import { createApp } from "../app";
import { recoveryCodes, users } from "../db/schema";
import { EnvError, parseEnv } from "../env";
import { SyncPokes } from "../sync/pokes";
import { Agent, openTestApp, strongPassword, type TestContext } from "../test/app";
import { signInAdviser, totpCode } from "../test/sharing";
import { protectSecretsAtRest } from "./at-rest";
import { loadKeyring } from "./key-file";
import { Keyring } from "./keyring";

const dataDir = mkdtempSync(path.join(tmpdir(), "sf-secrets-"));
const settings = { secretKey: null, secretKeyPrevious: null, dataDir };
let ctx: TestContext;
beforeAll(async () => {
  ctx = await openTestApp({ secrets: loadKeyring(settings) });
});
afterAll(async () => {
  await ctx.close();
});

/** Everything a database dump would show of the accounts and their second factors. */
async function dump(): Promise<string> {
  const tables = ["users", "recovery_codes", "enrolment_codes", "sessions", "trusted_devices"];
  const rows = [];
  for (const table of tables) {
    rows.push(await ctx.database.db.execute(sql.raw(`select * from ${table}`)));
  }
  return JSON.stringify(rows);
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const forms = (code: string) => {
  const canonical = code.toLowerCase().replace(/[^0-9a-z]/g, "");
  return [code, canonical, sha256(canonical), sha256(code)];
};

describe("second-factor secrets at rest", () => {
  it("after enrolment, a dump holds neither the TOTP secret nor any recovery code nor its SHA-256", async () => {
    const { secret, recoveryCodes: codes } = await signInAdviser(ctx, "dump@cio.fr");
    const text = await dump();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(text).not.toContain(secret ?? "");
    expect(text).not.toContain(Buffer.from(Secret.fromBase32(secret ?? "").bytes).toString("hex"));
    for (const code of codes) for (const form of forms(code)) expect(text).not.toContain(form);
  });

  it("at start, seals secrets left in clear and wraps bare SHA-256 recovery codes, which still work", async () => {
    const { secret } = await signInAdviser(ctx, "legacy@cio.fr");
    const [account] = await ctx.database.db
      .select()
      .from(users)
      .where(eq(users.email, "legacy@cio.fr"));
    const userId = account?.id ?? "";
    // Rows as the previous version wrote them: base32 in clear, unsalted SHA-256.
    const legacyCode = "abcde-fghjk";
    await ctx.database.db.update(users).set({ totpSecret: secret }).where(eq(users.id, userId));
    await ctx.database.db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await ctx.database.db
      .insert(recoveryCodes)
      .values({ userId, codeHash: sha256(legacyCode.replace("-", "")) });

    const report = await protectSecretsAtRest(ctx.database.db, ctx.secrets);
    expect(report).toMatchObject({ totpSealed: 1, recoveryCodesWrapped: 1 });
    const text = await dump();
    for (const form of [secret ?? "", ...forms(legacyCode)]) expect(text).not.toContain(form);
    expect(await protectSecretsAtRest(ctx.database.db, ctx.secrets)).toEqual({
      totpSealed: 0,
      totpResealed: 0,
      recoveryCodesWrapped: 0,
    });

    const login = (extra: Record<string, string>) =>
      new Agent(ctx.app, "198.51.100.140").post("/api/auth/login", {
        email: "legacy@cio.fr",
        password: strongPassword,
        ...extra,
      });
    expect((await login({ totpCode: totpCode(secret ?? "", Date.now() + 30_000) })).status).toBe(
      200,
    );
    expect((await login({ recoveryCode: legacyCode })).status).toBe(200);
  });

  it("makes DATA_DIR/secret.key once, readable by its owner only, and reuses it", () => {
    const file = path.join(dataDir, "secret.key");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, "utf8").trim(), "base64")).toHaveLength(32);
    expect(loadKeyring(settings).currentId).toBe(ctx.secrets.currentId);
  });

  it("rotate-secret-key re-encrypts every secret under a new key that the next start reads", async () => {
    const { secret } = await signInAdviser(ctx, "rotate@cio.fr");
    const before = ctx.secrets;
    const output = await runAdmin(ctx.database.db, ["rotate-secret-key"], settings);
    const after = loadKeyring(settings);
    expect(after.currentId).not.toBe(before.currentId);
    expect(output).toContain(after.currentId);
    const stored = await ctx.database.db
      .select({ id: users.id, totp: users.totpSecret })
      .from(users);
    for (const row of stored.filter((r) => r.totp)) {
      expect(after.isCurrent(row.totp ?? "")).toBe(true);
      expect(() => before.open("totp-secret", row.totp ?? "", row.id)).toThrow();
    }
    const restarted = createApp({
      db: ctx.database.db,
      store: ctx.database.kind,
      cookies: { secure: false },
      trustProxy: 1,
      pokes: new SyncPokes(ctx.database.listen),
      secrets: after,
    });
    const response = await new Agent(restarted, "198.51.100.141").post("/api/auth/login", {
      email: "rotate@cio.fr",
      password: strongPassword,
      totpCode: totpCode(secret ?? "", Date.now() + 30_000),
    });
    expect(response.status).toBe(200);
  });

  it("with SECRET_KEY, rotate-secret-key moves every secret from SECRET_KEY_PREVIOUS to SECRET_KEY", async () => {
    const oldKey = Buffer.alloc(32, 1);
    const newKey = Buffer.alloc(32, 2);
    const before = await openTestApp({ secrets: new Keyring(oldKey) });
    try {
      const { secret } = await signInAdviser(before, "env-rotate@cio.fr");
      const keys = { secretKey: newKey, secretKeyPrevious: null, dataDir };
      // Started with the new key alone, the rows under the old one are refused by name.
      await expect(runAdmin(before.database.db, ["rotate-secret-key"], keys)).rejects.toThrow(
        /sealed under key .* neither SECRET_KEY nor SECRET_KEY_PREVIOUS/,
      );
      const output = await runAdmin(before.database.db, ["rotate-secret-key"], {
        ...keys,
        secretKeyPrevious: oldKey,
      });
      expect(output).toMatch(/1 second-factor secrets re-encrypted.*can now be removed/);
      const [row] = await before.database.db
        .select()
        .from(users)
        .where(eq(users.email, "env-rotate@cio.fr"));
      const opened = new Keyring(newKey).open("totp-secret", row?.totpSecret ?? "", row?.id ?? "");
      expect(opened).toBe(secret);
    } finally {
      await before.close();
    }
  });

  it("a sealed secret copied onto another account does not open there", () => {
    const keyring = Keyring.ephemeral();
    const sealed = keyring.seal("totp-secret", "JBSWY3DPEHPK3PXP", "user-a");
    expect(keyring.open("totp-secret", sealed, "user-a")).toBe("JBSWY3DPEHPK3PXP");
    expect(() => keyring.open("totp-secret", sealed, "user-b")).toThrow();
  });
});

describe("SECRET_KEY", () => {
  it("is required with DATABASE_URL, and a bad one is refused without being echoed", () => {
    expect(() => parseEnv({ DATABASE_URL: "postgres://db/x" })).toThrow(
      /SECRET_KEY is required with DATABASE_URL/,
    );
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(parseEnv({ DATABASE_URL: "postgres://db/x", SECRET_KEY: key }).secretKey).toHaveLength(
      32,
    );
    expect(() => parseEnv({ SECRET_KEY: "tooshort-secret" })).toThrow(EnvError);
    expect(() => parseEnv({ SECRET_KEY: "tooshort-secret" })).not.toThrow(/tooshort/);
  });
});
