import { eq, lt } from "drizzle-orm";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Role, SecondFactorState, User } from "../../shared/schemas/index";
import type { Db } from "../db/connect";
import { sessions, users } from "../db/schema";
import { hashToken, newToken } from "./tokens";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * docs/security.md, "Sessions": advisers and admins read other people's data, so their sessions are
 * short (30 min idle, 12 h absolute); a person on their own phone stays signed in longer.
 */
export const sessionLifetimes: Record<Role, { idleMs: number; absoluteMs: number }> = {
  person: { idleMs: 30 * DAY, absoluteMs: 180 * DAY },
  adviser: { idleMs: 30 * MINUTE, absoluteMs: 12 * HOUR },
  admin: { idleMs: 30 * MINUTE, absoluteMs: 12 * HOUR },
};

/** How stale `last_seen_at` may get before a request refreshes it: saves a write per request. */
const TOUCH_EVERY_MS = MINUTE;

export type CookieConfig = { secure: boolean };

export function sessionCookieName(config: CookieConfig): string {
  return config.secure ? "__Host-sf_session" : "sf_session";
}

export type SessionUser = User & { tokenHash: string; secondFactor: SecondFactorState };

/** What a session knows of the second factor: whether the account has one, and if it passed. */
export function secondFactorState(
  totpEnabledAt: Date | null,
  sessionPassedAt: Date | null,
): SecondFactorState {
  if (!totpEnabledAt) return "none";
  return sessionPassedAt ? "passed" : "enrolled";
}

export async function createSession(
  db: Db,
  userId: string,
  role: Role,
  now = new Date(),
  secondFactorPassed = false,
) {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + sessionLifetimes[role].absoluteMs);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    secondFactorAt: secondFactorPassed ? now : null,
  });
  return { token, expiresAt };
}

/** Records that this session has just passed the second factor (at enrolment). */
export async function markSecondFactorPassed(db: Db, tokenHash: string, now = new Date()) {
  await db.update(sessions).set({ secondFactorAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

/** The signed-in user for a token, or null when the token is unknown, idle too long or too old. */
export async function findSessionUser(
  db: Db,
  token: string,
  now = new Date(),
): Promise<SessionUser | null> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash))
    .limit(1);
  if (!row) return null;
  const { idleMs } = sessionLifetimes[row.user.role];
  const idleFor = now.getTime() - row.session.lastSeenAt.getTime();
  if (now >= row.session.expiresAt || idleFor > idleMs) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  if (idleFor > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  return {
    id: row.user.id,
    email: row.user.email,
    role: row.user.role,
    displayName: row.user.displayName,
    locale: row.user.locale,
    secondFactor: secondFactorState(row.user.totpEnabledAt, row.session.secondFactorAt),
    tokenHash,
  };
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteUserSessions(db: Db, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Housekeeping: expired sessions of everyone (absolute expiry passed). */
export async function purgeExpiredSessions(db: Db, now = new Date()) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export function readSessionToken(c: Context, config: CookieConfig): string | undefined {
  return getCookie(c, sessionCookieName(config));
}

export function writeSessionCookie(
  c: Context,
  config: CookieConfig,
  token: string,
  expiresAt: Date,
) {
  setCookie(c, sessionCookieName(config), token, {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    secure: config.secure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context, config: CookieConfig) {
  deleteCookie(c, sessionCookieName(config), { path: "/", secure: config.secure });
}
