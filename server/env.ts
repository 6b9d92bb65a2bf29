import path from "node:path";
import { z } from "zod/mini";

const booleanFlag = z.pipe(
  z.optional(z.enum(["true", "false", "1", "0", ""])),
  z.transform((value) => value === "true" || value === "1"),
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
  /** Set behind a reverse proxy: the client address is read from X-Forwarded-For. */
  TRUST_PROXY: booleanFlag,
  /** Where the built client lives; the server serves it when present. */
  CLIENT_DIST: z._default(z.string(), "client/dist"),
});

export type Env = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  secureCookies: boolean;
  trustProxy: boolean;
  clientDist: string;
};

export class EnvError extends Error {}

/** Parses the environment once, at start-up; the rest of the server receives an `Env`. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = issue?.path.join(".") ?? "environment";
    throw new EnvError(
      `Invalid ${name}: ${issue?.message ?? "bad value"} (got ${JSON.stringify(source[name])})`,
    );
  }
  const env = result.data;
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.DATA_DIR),
    databaseUrl: env.DATABASE_URL ? env.DATABASE_URL : null,
    secureCookies: env.SECURE_COOKIES,
    trustProxy: env.TRUST_PROXY,
    clientDist: path.resolve(env.CLIENT_DIST),
  };
}
