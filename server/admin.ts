/**
 * Operator commands, run next to the server's configuration (same DATA_DIR or DATABASE_URL):
 *   npm run admin -- create-adviser --email a@b.fr --name "Alex Martin" [--password …]
 *   npm run admin -- create-admin   --email a@b.fr --name "Alex Martin" [--password …]
 *   npm run admin -- reset-password --email a@b.fr [--password …]
 *   npm run admin -- set-role       --email a@b.fr --role person|adviser|admin
 *   npm run admin -- reset-second-factor --email a@b.fr   (lost phone and recovery codes)
 *   npm run admin -- enrolment-code --email a@b.fr   (a fresh code to set up the second factor)
 *   npm run admin -- rotate-secret-key   (re-encrypt second-factor secrets under a new key)
 *   npm run admin -- import-esco    --file skills_fr.csv --lang fr   (ESCO skills CSV download)
 * Without --password a strong one is generated and printed once. Each command that leaves an
 * adviser or admin without a second factor prints a one-time enrolment code (72 h) that they need,
 * with their password, to set one up.
 */
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import {
  emailSchema,
  lineSchema,
  localeSchema,
  passwordSchema,
  roleSchema,
} from "../shared/schemas/index";
import { issueEnrolmentCode } from "./auth/enrolment-codes";
import { deleteUserSessions } from "./auth/sessions";
import { DatabaseError, type Db, openDatabase } from "./db/connect";
import { recoveryCodes, users } from "./db/schema";
import { EnvError, parseEnv } from "./env";
import { ApiError } from "./http/errors";
import { EscoImportError, importEscoSkills } from "./reference/esco-import";
import { createUser, findUserByEmail, setPassword } from "./routes/auth/auth.service";
import { SecretDecryptionError } from "./secrets/keyring";
import { rotateSecretKey, type SecretSettings } from "./secrets/rotate";

const USAGE = `Usage: npm run admin -- <command> [options]
  create-adviser --email EMAIL --name NAME [--password PASSWORD]
  create-admin   --email EMAIL --name NAME [--password PASSWORD]
  reset-password --email EMAIL [--password PASSWORD]
  set-role       --email EMAIL --role person|adviser|admin
  reset-second-factor --email EMAIL   (lost authenticator and recovery codes)
  enrolment-code --email EMAIL        (a fresh one-time code to set up the second factor)
  rotate-secret-key                   (re-encrypt second-factor secrets under a new key)
  import-esco    --file skills_fr.csv --lang fr|en`;

export class UsageError extends Error {}

function required<T>(
  schema: { safeParse: (value: unknown) => { success: boolean; data?: T } },
  value: unknown,
  flag: string,
): T {
  const result = schema.safeParse(value);
  if (!result.success || result.data === undefined)
    throw new UsageError(`Missing or invalid --${flag}`);
  return result.data;
}

async function openFile(file: string) {
  try {
    await access(file);
  } catch {
    throw new UsageError(`Cannot read the file ${file}`);
  }
  return createReadStream(file);
}

function generatedPassword(): string {
  return randomBytes(15).toString("base64url");
}

/** The line that hands an enrolment code to the operator, to pass on to its owner. */
async function enrolmentLine(db: Db, userId: string): Promise<string> {
  const { code, expiresAt } = await issueEnrolmentCode(db, userId);
  return `\nEnrolment code (shown once, single use, valid until ${expiresAt.toISOString()}): ${code}`;
}

/**
 * Runs one command and returns what to print; errors are UsageError or ApiError. `secrets` says
 * where the secret key lives (only `rotate-secret-key` needs it).
 */
export async function runAdmin(db: Db, argv: string[], secrets?: SecretSettings): Promise<string> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
      role: { type: "string" },
      file: { type: "string" },
      lang: { type: "string" },
    },
  });
  const [command] = positionals;
  switch (command) {
    case "create-adviser":
    case "create-admin": {
      const email = required(emailSchema, values.email, "email");
      const displayName = required(lineSchema(100), values.name, "name");
      const password = values.password
        ? required(passwordSchema, values.password, "password")
        : generatedPassword();
      const role = command === "create-admin" ? "admin" : "adviser";
      const user = await createUser(db, { email, displayName, password, role });
      const shown = values.password ? "" : `\nPassword (shown once): ${password}`;
      return `Created ${role} ${user.email} (${user.id}).${shown}${await enrolmentLine(db, user.id)}`;
    }
    case "reset-password": {
      const email = required(emailSchema, values.email, "email");
      const user = await findUserByEmail(db, email);
      if (!user) throw new UsageError(`No account with the email ${email}`);
      const password = values.password
        ? required(passwordSchema, values.password, "password")
        : generatedPassword();
      await setPassword(db, user.id, password);
      const shown = values.password ? "" : `\nNew password (shown once): ${password}`;
      return `Password of ${email} reset; every session of this account has ended.${shown}`;
    }
    case "set-role": {
      const email = required(emailSchema, values.email, "email");
      const role = required(roleSchema, values.role, "role");
      const [user] = await db
        .update(users)
        .set({ role, updatedAt: new Date() })
        .where(eq(users.email, email))
        .returning();
      if (!user) throw new UsageError(`No account with the email ${email}`);
      await deleteUserSessions(db, user.id);
      const needsEnrolment = role !== "person" && user.totpEnabledAt === null;
      const enrolment = needsEnrolment ? await enrolmentLine(db, user.id) : "";
      return `${email} is now ${role}; their sessions have ended.${enrolment}`;
    }
    case "reset-second-factor": {
      const email = required(emailSchema, values.email, "email");
      const [user] = await db
        .update(users)
        .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: new Date() })
        .where(eq(users.email, email))
        .returning();
      if (!user) throw new UsageError(`No account with the email ${email}`);
      await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
      await deleteUserSessions(db, user.id);
      const enrolment = user.role === "person" ? "" : await enrolmentLine(db, user.id);
      return `Second factor of ${email} removed and its sessions ended: they set up a new one at their next sign-in.${enrolment}`;
    }
    case "enrolment-code": {
      const email = required(emailSchema, values.email, "email");
      const user = await findUserByEmail(db, email);
      if (!user) throw new UsageError(`No account with the email ${email}`);
      if (user.role === "person") {
        throw new UsageError(
          `${email} is a person: only advisers and admins enrol a second factor`,
        );
      }
      if (user.totpEnabledAt) {
        throw new UsageError(
          `${email} already has a second factor; reset-second-factor removes it and prints a code`,
        );
      }
      return `New enrolment code for ${email}; any earlier one no longer works.${await enrolmentLine(db, user.id)}`;
    }
    case "rotate-secret-key": {
      if (!secrets) throw new UsageError("rotate-secret-key needs the server's settings");
      const report = await rotateSecretKey(db, secrets);
      return report;
    }
    case "import-esco": {
      if (!values.file) throw new UsageError("Missing --file (the ESCO skills CSV)");
      const locale = required(localeSchema, values.lang, "lang");
      const input = await openFile(values.file);
      const result = await importEscoSkills(db, input, locale);
      const cleaned = result.cleaned > 0 ? `, cleaned ${result.cleaned} label(s)` : "";
      return `Imported ${result.imported} ESCO skills (${locale}), skipped ${result.skipped}${cleaned}; reference version ${result.version}.`;
    }
    default:
      throw new UsageError(command ? `Unknown command: ${command}\n${USAGE}` : USAGE);
  }
}

async function main() {
  const env = parseEnv();
  const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
  try {
    console.log(await runAdmin(database.db, process.argv.slice(2), env));
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    if (
      error instanceof UsageError ||
      error instanceof EnvError ||
      error instanceof DatabaseError ||
      error instanceof EscoImportError ||
      error instanceof SecretDecryptionError
    ) {
      console.error(error.message);
    } else if (error instanceof ApiError) {
      console.error(`${error.message} (${error.code})`);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}
