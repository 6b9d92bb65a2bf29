import { and, eq, isNull, ne } from "drizzle-orm";
import { Hono } from "hono";
import {
  apiErrorSchema,
  recoveryCodesResponseSchema,
  totpEnableRequestSchema,
  totpSetupResponseSchema,
} from "../../../shared/schemas/index";
import { type Limit, recordFailure, retryAfter } from "../../auth/rate-limit";
import { requireUser } from "../../auth/require-user";
import { markSecondFactorPassed, type SessionUser } from "../../auth/sessions";
import { acceptTotpCode, issueRecoveryCodes, newTotpSecret } from "../../auth/totp";
import type { Db } from "../../db/connect";
import { sessions, users } from "../../db/schema";
import type { AppDeps, AppEnv } from "../../http/context";
import { ApiError } from "../../http/errors";
import type { RouteDoc } from "../../http/openapi";
import { jsonBody } from "../../http/validate";

/** Wrong codes at enrolment or regeneration: the same budget as a login from an unknown device. */
const codeLimit = (userId: string): Limit => ({
  key: `totp:${userId}`,
  max: 10,
  windowMs: 15 * 60_000,
});

async function loadAccount(db: Db, userId: string) {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  if (!row) throw new ApiError(401, "unauthenticated", "Sign in to continue.");
  return row;
}

/** Checks a code typed by a signed-in user, throttled per account; a wrong one is a 400. */
async function checkCode(db: Db, user: SessionUser, code: string) {
  const limit = codeLimit(user.id);
  const wait = await retryAfter(db, limit);
  if (wait !== null) {
    throw new ApiError(429, "rate_limited", "Too many wrong codes. Try again later.", {
      retryAfterSeconds: wait,
    });
  }
  const account = await loadAccount(db, user.id);
  if (!(await acceptTotpCode(db, account, code))) {
    await recordFailure(db, limit);
    throw new ApiError(400, "invalid_second_factor", "This code is not valid or was used.");
  }
}

/**
 * The second factor of advisers and admins (TOTP, RFC 6238). Setup stores a pending secret; a
 * code from the app confirms it, turns it on and hands out recovery codes once. A wrong code here
 * is 400 (the session is fine), not the 401 of the login.
 */
export function totpRoutes(deps: AppDeps) {
  const staff = requireUser(deps, ["adviser", "admin"]);
  return new Hono<AppEnv>()
    .post("/setup", staff, async (c) => {
      const account = await loadAccount(deps.db, c.var.user.id);
      if (account.totpEnabledAt) {
        throw new ApiError(409, "second_factor_already_enabled", "Two-step sign-in is already on.");
      }
      const setup = newTotpSecret(account.email);
      await deps.db
        .update(users)
        .set({ totpSecret: setup.secret, totpLastStep: null, updatedAt: new Date() })
        .where(and(eq(users.id, account.id), isNull(users.totpEnabledAt)));
      return c.json(setup, 200);
    })
    .post("/enable", staff, jsonBody(totpEnableRequestSchema), async (c) => {
      const user = c.var.user;
      const account = await loadAccount(deps.db, user.id);
      if (account.totpEnabledAt) {
        throw new ApiError(409, "second_factor_already_enabled", "Two-step sign-in is already on.");
      }
      if (!account.totpSecret) {
        throw new ApiError(409, "second_factor_not_set_up", "Start the setup first.");
      }
      await checkCode(deps.db, user, c.req.valid("json").code);
      const now = new Date();
      await deps.db
        .update(users)
        .set({ totpEnabledAt: now, updatedAt: now })
        .where(eq(users.id, user.id));
      // This session proved the factor; the account's other sessions did not, so they end.
      await markSecondFactorPassed(deps.db, user.tokenHash, now);
      await deps.db
        .delete(sessions)
        .where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, user.tokenHash)));
      const recoveryCodes = await issueRecoveryCodes(deps.db, user.id);
      return c.json({ recoveryCodes }, 200);
    })
    .post("/recovery-codes", staff, jsonBody(totpEnableRequestSchema), async (c) => {
      const account = await loadAccount(deps.db, c.var.user.id);
      if (!account.totpEnabledAt) {
        throw new ApiError(409, "second_factor_not_set_up", "Two-step sign-in is not on.");
      }
      await checkCode(deps.db, c.var.user, c.req.valid("json").code);
      const recoveryCodes = await issueRecoveryCodes(deps.db, account.id);
      return c.json({ recoveryCodes }, 200);
    });
}

export const totpDocs: RouteDoc[] = [
  {
    method: "post",
    path: "/api/auth/totp/setup",
    tag: "auth",
    summary: "Start second-factor enrolment (adviser/admin): a secret and its otpauth URI",
    auth: true,
    responses: {
      200: totpSetupResponseSchema,
      401: apiErrorSchema,
      403: apiErrorSchema,
      409: apiErrorSchema,
    },
  },
  {
    method: "post",
    path: "/api/auth/totp/enable",
    tag: "auth",
    summary: "Confirm enrolment with a code; returns 10 recovery codes, shown once",
    auth: true,
    body: totpEnableRequestSchema,
    responses: {
      200: recoveryCodesResponseSchema,
      400: apiErrorSchema,
      401: apiErrorSchema,
      403: apiErrorSchema,
      409: apiErrorSchema,
      429: apiErrorSchema,
    },
  },
  {
    method: "post",
    path: "/api/auth/totp/recovery-codes",
    tag: "auth",
    summary: "Replace the recovery codes (needs a current code)",
    auth: true,
    body: totpEnableRequestSchema,
    responses: {
      200: recoveryCodesResponseSchema,
      400: apiErrorSchema,
      401: apiErrorSchema,
      403: apiErrorSchema,
      409: apiErrorSchema,
      429: apiErrorSchema,
    },
  },
];
