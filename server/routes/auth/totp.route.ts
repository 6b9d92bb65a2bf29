import { and, eq, isNull, ne } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod/mini";
import {
  apiErrorSchema,
  recoveryCodesResponseSchema,
  totpEnableRequestSchema,
  totpSetupResponseSchema,
} from "../../../shared/schemas/index";
import { checkEnrolmentCode, consumeEnrolmentCode } from "../../auth/enrolment-codes";
import { refuse } from "../../auth/login-throttle";
import { type Bucket, giveBack, take } from "../../auth/rate-limit";
import { issueRecoveryCodes } from "../../auth/recovery-codes";
import { requireUser } from "../../auth/require-user";
import { markSecondFactorPassed, type SessionUser } from "../../auth/sessions";
import { acceptTotpCode, newTotpSecret, sealTotpSecret } from "../../auth/totp";
import type { Db } from "../../db/connect";
import { sessions, users } from "../../db/schema";
import type { AppDeps, AppEnv } from "../../http/context";
import { ApiError } from "../../http/errors";
import type { RouteDoc } from "../../http/openapi";
import { jsonBody } from "../../http/validate";

/** Wrong codes at enrolment or regeneration: the same budget as a login from an unknown device. */
const CODE_BUCKET: Bucket = { intervalMs: 40_000, burst: 10 };
const codeKey = (userId: string) => `totp:${userId}`;

/** The one-time code from the operator's command; optional here so that its absence gets its own code. */
const enrolmentCodeField = z.optional(z.string().check(z.maxLength(64)));
export const totpSetupRequestSchema = z.object({ enrolmentCode: enrolmentCodeField });
export const totpEnrolRequestSchema = z.extend(totpEnableRequestSchema, {
  enrolmentCode: enrolmentCodeField,
});

async function loadAccount(db: Db, userId: string) {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  if (!row) throw new ApiError(401, "unauthenticated", "Sign in to continue.");
  return row;
}

/**
 * Runs `check` (which throws on a wrong code) within the account's budget of wrong codes: a
 * right code gives its place back, a wrong one keeps it.
 */
async function throttled(db: Db, userId: string, check: () => Promise<void>) {
  const claim = await take(db, CODE_BUCKET, codeKey(userId), new Date());
  if (!claim.ok) refuse(claim);
  await check();
  await giveBack(db, CODE_BUCKET, codeKey(userId));
}

/** Checks a code typed by a signed-in user; a wrong one is a 400. */
async function checkCode(deps: AppDeps, user: SessionUser, code: string) {
  const account = await loadAccount(deps.db, user.id);
  if (!(await acceptTotpCode(deps.db, deps.secrets, account, code))) {
    throw new ApiError(400, "invalid_second_factor", "This code is not valid or was used.");
  }
}

/**
 * The second factor of advisers and admins (TOTP, RFC 6238). Enrolling needs, besides the
 * password of the session, the one-time enrolment code that the operator's command printed:
 * setup checks it and stores a pending secret; a code from the app confirms the secret, uses the
 * enrolment code up, turns the factor on and hands out recovery codes once. A wrong code here is
 * 400 or 403 (the session is fine), not the 401 of the login.
 */
export function totpRoutes(deps: AppDeps) {
  const enrolling = requireUser(deps, ["adviser", "admin"], { beforeSecondFactor: true });
  const staff = requireUser(deps, ["adviser", "admin"]);
  return new Hono<AppEnv>()
    .post("/setup", enrolling, jsonBody(totpSetupRequestSchema), async (c) => {
      const account = await loadAccount(deps.db, c.var.user.id);
      if (account.totpEnabledAt) {
        throw new ApiError(409, "second_factor_already_enabled", "Two-step sign-in is already on.");
      }
      const { enrolmentCode } = c.req.valid("json");
      await throttled(deps.db, account.id, () =>
        checkEnrolmentCode(deps.db, account.id, enrolmentCode),
      );
      const setup = newTotpSecret(account.email);
      await deps.db
        .update(users)
        .set({
          totpSecret: sealTotpSecret(deps.secrets, account.id, setup.secret),
          totpLastStep: null,
          updatedAt: new Date(),
        })
        .where(and(eq(users.id, account.id), isNull(users.totpEnabledAt)));
      return c.json(setup, 200);
    })
    .post("/enable", enrolling, jsonBody(totpEnrolRequestSchema), async (c) => {
      const user = c.var.user;
      const account = await loadAccount(deps.db, user.id);
      if (account.totpEnabledAt) {
        throw new ApiError(409, "second_factor_already_enabled", "Two-step sign-in is already on.");
      }
      const { code, enrolmentCode } = c.req.valid("json");
      await throttled(deps.db, user.id, () =>
        checkEnrolmentCode(deps.db, account.id, enrolmentCode),
      );
      if (!account.totpSecret) {
        throw new ApiError(409, "second_factor_not_set_up", "Start the setup first.");
      }
      await throttled(deps.db, user.id, () => checkCode(deps, user, code));
      await consumeEnrolmentCode(deps.db, user.id, enrolmentCode ?? "");
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
      await throttled(deps.db, account.id, () =>
        checkCode(deps, c.var.user, c.req.valid("json").code),
      );
      const recoveryCodes = await issueRecoveryCodes(deps.db, account.id);
      return c.json({ recoveryCodes }, 200);
    });
}

export const totpDocs: RouteDoc[] = [
  {
    method: "post",
    path: "/api/auth/totp/setup",
    tag: "auth",
    summary:
      "Start second-factor enrolment (adviser/admin) with the operator's enrolment code: a secret and its otpauth URI",
    auth: true,
    body: totpSetupRequestSchema,
    responses: {
      400: apiErrorSchema,
      429: apiErrorSchema,
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
    summary:
      "Confirm enrolment with a code and the enrolment code (used up); returns 10 recovery codes, shown once",
    auth: true,
    body: totpEnrolRequestSchema,
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
