import path from "node:path";
import { z } from "zod/mini";
import { ProxyList, type TrustProxy } from "./http/client-ip";

const booleanFlag = z.pipe(
  z.optional(z.enum(["true", "false", "1", "0", ""])),
  z.transform((value) => value === "true" || value === "1"),
);

const secretKey = z.string().check(
  z.refine((value) => value === "" || /^[A-Za-z0-9+/]{43}=$/.test(value.trim()), {
    message: "must be 32 random bytes in base64 (make one with: openssl rand -base64 32)",
  }),
);

const trustProxySetting = z.pipe(
  z.string(),
  z.transform((value, context): TrustProxy => {
    const text = value.trim().toLowerCase();
    if (text === "" || text === "false" || text === "0") return false;
    if (/^\d+$/.test(text)) return Number(text);
    const entries = text.split(",").map((entry) => entry.trim());
    if (entries.every(ProxyList.isValidEntry)) return new ProxyList(entries);
    context.issues.push({
      code: "custom",
      input: value,
      message:
        text === "true"
          ? "true would trust any X-Forwarded-For a client writes; write the number of proxies in front of the server (1 for one nginx or Caddy) or their addresses"
          : "must be false, a number of proxies, or a comma list of proxy addresses",
    });
    return false;
  }),
);

const envSchema = z.object({
  PORT: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(65535)), 8080),
  HOST: z._default(z.string().check(z.minLength(1)), "0.0.0.0"),
  DATA_DIR: z._default(z.string().check(z.minLength(1)), "./data"),
  DATABASE_URL: z.optional(
    z.string().check(
      z.refine((value) => value === "" || /^postgres(ql)?:\/\//.test(value), {
        message: "must start with postgres:// or postgresql://",
      }),
    ),
  ),
  /** Set behind https: cookies get `Secure` and the `__Host-` prefix. */
  SECURE_COOKIES: booleanFlag,
  /** Behind reverse proxies: how many, or their addresses (see `trustProxySetting`). */
  TRUST_PROXY: z._default(z.string(), "false"),
  /** 32 random bytes, base64: the key that protects second-factor secrets at rest. */
  SECRET_KEY: z.optional(secretKey),
  /** The key before a rotation, still read while `admin rotate-secret-key` re-encrypts. */
  SECRET_KEY_PREVIOUS: z.optional(secretKey),
  /** Where the built client lives; the server serves it when present. */
  CLIENT_DIST: z._default(z.string(), "client/dist"),
});

export type Env = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  secureCookies: boolean;
  trustProxy: TrustProxy;
  /** SECRET_KEY, or null: then the key lives in DATA_DIR (see secrets/key-file.ts). */
  secretKey: Buffer | null;
  secretKeyPrevious: Buffer | null;
  clientDist: string;
};

export class EnvError extends Error {}

/** Parses the environment once, at start-up; the rest of the server receives an `Env`. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = issue?.path.join(".") ?? "environment";
    // A secret is never echoed, not even a malformed one.
    const got = name.startsWith("SECRET_KEY") ? "" : ` (got ${JSON.stringify(source[name])})`;
    throw new EnvError(`Invalid ${name}: ${issue?.message ?? "bad value"}${got}`);
  }
  const env = result.data;
  const trustProxy = trustProxySetting.safeParse(env.TRUST_PROXY);
  if (!trustProxy.success) {
    throw new EnvError(
      `Invalid TRUST_PROXY: ${trustProxy.error.issues[0]?.message} (got ${JSON.stringify(env.TRUST_PROXY)})`,
    );
  }
  if (env.DATABASE_URL && !env.SECRET_KEY) {
    // Each process would otherwise make its own key in its own DATA_DIR and read none of the others'.
    throw new EnvError(
      "SECRET_KEY is required with DATABASE_URL: set the same 32-byte base64 key on every server process (make one with: openssl rand -base64 32)",
    );
  }
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.DATA_DIR),
    databaseUrl: env.DATABASE_URL ? env.DATABASE_URL : null,
    secureCookies: env.SECURE_COOKIES,
    trustProxy: trustProxy.data,
    secretKey: env.SECRET_KEY ? Buffer.from(env.SECRET_KEY.trim(), "base64") : null,
    secretKeyPrevious: env.SECRET_KEY_PREVIOUS
      ? Buffer.from(env.SECRET_KEY_PREVIOUS.trim(), "base64")
      : null,
    clientDist: path.resolve(env.CLIENT_DIST),
  };
}
