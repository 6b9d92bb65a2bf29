import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { uuidv7 } from "../../../shared/ids";
import type { Locale, Role, SignupRequest, User } from "../../../shared/schemas/index";
import { admitLogin } from "../../auth/login-throttle";
import {
  burnVerifyTime,
  hashPassword,
  isCommonPassword,
  verifyPassword,
} from "../../auth/passwords";
import { consumeRecoveryCode } from "../../auth/recovery-codes";
import {
  createSession,
  deleteUserSessions,
  secondFactorState,
  writeSessionCookie,
} from "../../auth/sessions";
import { hashToken, newToken } from "../../auth/tokens";
import { acceptTotpCode } from "../../auth/totp";
import type { Db } from "../../db/connect";
import { trustedDevices, users } from "../../db/schema";
import { clientIp } from "../../http/client-ip";
import type { AppDeps } from "../../http/context";
import { ApiError } from "../../http/errors";

type UserRow = typeof users.$inferSelect;

/** The wire user; `secondFactorPassed` says whether this session has passed the second factor. */
export function toUser(row: UserRow, secondFactorPassed = false): User {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    displayName: row.displayName,
    locale: row.locale,
    secondFactor: secondFactorState(row.totpEnabledAt, secondFactorPassed ? new Date() : null),
  };
}

export function assertStrongPassword(password: string) {
  if (isCommonPassword(password)) {
    throw new ApiError(400, "weak_password", "This password is too common; choose another one.");
  }
}

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return row;
}

/** Creates an account; used by sign-up (always `person`) and by the admin command. */
export async function createUser(db: Db, input: SignupRequest & { role?: Role }): Promise<UserRow> {
  assertStrongPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const [row] = await db
    .insert(users)
    .values({
      id: uuidv7(),
      email: input.email,
      passwordHash,
      displayName: input.displayName,
      locale: input.locale ?? "fr",
      role: input.role ?? "person",
    })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!row) throw new ApiError(409, "email_taken", "An account already uses this email address.");
  return row;
}

export async function setPassword(db: Db, userId: string, password: string) {
  assertStrongPassword(password);
  const passwordHash = await hashPassword(password);
  await db.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId));
  await deleteUserSessions(db, userId);
}

export async function updateProfile(
  db: Db,
  userId: string,
  changes: { displayName?: string; locale?: Locale },
) {
  const [row] = await db
    .update(users)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning();
  if (!row) throw new ApiError(404, "not_found", "This account no longer exists.");
  return row;
}

export async function startSession(
  c: Context,
  deps: AppDeps,
  user: UserRow,
  secondFactorPassed = false,
) {
  const { token, expiresAt } = await createSession(
    deps.db,
    user.id,
    user.role,
    new Date(),
    secondFactorPassed,
  );
  writeSessionCookie(c, deps.cookies, token, expiresAt);
  return expiresAt;
}

// ---- sign-in ------------------------------------------------------------------------------------

const DEVICE_COOKIE_DAYS = 365;

function deviceCookieName(deps: AppDeps) {
  return deps.cookies.secure ? "__Host-sf_device" : "sf_device";
}

async function trustedDeviceFor(deps: AppDeps, c: Context, userId: string | undefined) {
  const token = getCookie(c, deviceCookieName(deps));
  if (!token || !userId) return null;
  const tokenHash = hashToken(token);
  const [row] = await deps.db
    .select({ userId: trustedDevices.userId })
    .from(trustedDevices)
    .where(eq(trustedDevices.tokenHash, tokenHash))
    .limit(1);
  return row?.userId === userId ? tokenHash : null;
}

/**
 * Checks the password (and the second factor of an account that has one) within the login
 * throttle (auth/login-throttle.ts). Without a code an enrolled account is answered
 * `second_factor_required` (only to someone who knew the password, and not counted as a failure);
 * a wrong or replayed code counts as a failure like a wrong password.
 */
export async function login(
  c: Context,
  deps: AppDeps,
  credentials: { email: string; password: string; totpCode?: string; recoveryCode?: string },
): Promise<{ user: UserRow; secondFactorPassed: boolean }> {
  const { email, password } = credentials;
  const user = await findUserByEmail(deps.db, email);
  const trustedDeviceHash = await trustedDeviceFor(deps, c, user?.id);
  const ticket = await admitLogin(deps.db, {
    email,
    address: clientIp(c, deps.trustProxy),
    trustedDeviceHash,
  });

  const valid = user
    ? await verifyPassword(user.passwordHash, password)
    : await burnVerifyTime(password).then(() => false);
  if (!user || !valid) {
    await ticket.failed();
    throw new ApiError(401, "invalid_credentials", "Wrong email or password.");
  }

  if (user.totpEnabledAt) {
    const { totpCode, recoveryCode } = credentials;
    if (totpCode === undefined && recoveryCode === undefined) {
      await ticket.succeeded();
      throw new ApiError(
        401,
        "second_factor_required",
        "Enter the code from your authenticator app.",
      );
    }
    const passed =
      totpCode !== undefined
        ? await acceptTotpCode(deps.db, deps.secrets, user, totpCode)
        : await consumeRecoveryCode(deps.db, user.id, recoveryCode ?? "");
    if (!passed) {
      await ticket.failed();
      throw new ApiError(401, "invalid_second_factor", "This code is not valid or was used.");
    }
  }

  await ticket.succeeded();
  if (!trustedDeviceHash) await trustDevice(c, deps, user.id);
  return { user, secondFactorPassed: user.totpEnabledAt !== null };
}

async function trustDevice(c: Context, deps: AppDeps, userId: string) {
  const token = newToken();
  await deps.db.insert(trustedDevices).values({ tokenHash: hashToken(token), userId });
  setCookie(c, deviceCookieName(deps), token, {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    secure: deps.cookies.secure,
    maxAge: DEVICE_COOKIE_DAYS * 24 * 3600,
  });
}
