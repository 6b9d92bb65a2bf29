import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod/mini";
import { apiErrorSchema } from "../../../shared/schemas/error";
import {
  changePasswordRequestSchema,
  loginRequestSchema,
  secondFactorFieldsSchema,
  signupRequestSchema,
  updateMeRequestSchema,
  userResponseSchema,
} from "../../../shared/schemas/index";
import { admitPasswordCheck } from "../../auth/login-throttle";
import { verifyPassword } from "../../auth/passwords";
import { requireUser } from "../../auth/require-user";
import {
  clearSessionCookie,
  deleteSession,
  findSessionUser,
  readSessionToken,
} from "../../auth/sessions";
import type { Db } from "../../db/connect";
import { sessions, users } from "../../db/schema";
import type { AppDeps, AppEnv } from "../../http/context";
import { ApiError } from "../../http/errors";
import type { RouteDoc } from "../../http/openapi";
import { jsonBody } from "../../http/validate";
import {
  createUser,
  findUserByEmail,
  login,
  setPassword,
  startSession,
  toUser,
  updateProfile,
} from "./auth.service";

/** Email and password, plus a one-time or recovery code for an account with a second factor. */
const loginWithSecondFactorSchema = z.extend(loginRequestSchema, secondFactorFieldsSchema.shape);

/** The absolute end of the session a request came with (set at sign-in, never extended). */
async function sessionExpiry(db: Db, tokenHash: string): Promise<string | undefined> {
  const [row] = await db
    .select({ expiresAt: sessions.expiresAt })
    .from(sessions)
    .where(eq(sessions.tokenHash, tokenHash));
  return row?.expiresAt.toISOString();
}

export function authRoutes(deps: AppDeps) {
  const signedIn = requireUser(deps);
  // The enrolment screen must know who is signed in, before the second factor too.
  const anySession = requireUser(deps, undefined, { beforeSecondFactor: true });
  return new Hono<AppEnv>()
    .post("/signup", jsonBody(signupRequestSchema), async (c) => {
      const input = c.req.valid("json");
      const user = await createUser(deps.db, { ...input, role: "person" });
      const sessionExpiresAt = (await startSession(c, deps, user)).toISOString();
      return c.json({ user: { ...toUser(user), sessionExpiresAt } }, 201);
    })
    .post("/login", jsonBody(loginWithSecondFactorSchema), async (c) => {
      const { user, secondFactorPassed } = await login(c, deps, c.req.valid("json"));
      // Rotation: whatever session this browser had is replaced, never reused.
      const previous = readSessionToken(c, deps.cookies);
      const previousUser = previous ? await findSessionUser(deps.db, previous) : null;
      if (previousUser) await deleteSession(deps.db, previousUser.tokenHash);
      const expiresAt = await startSession(c, deps, user, secondFactorPassed);
      const sessionExpiresAt = expiresAt.toISOString();
      return c.json({ user: { ...toUser(user, secondFactorPassed), sessionExpiresAt } }, 200);
    })
    .post("/logout", async (c) => {
      const token = readSessionToken(c, deps.cookies);
      const user = token ? await findSessionUser(deps.db, token) : null;
      if (user) await deleteSession(deps.db, user.tokenHash);
      clearSessionCookie(c, deps.cookies);
      return c.body(null, 204);
    })
    .get("/me", anySession, async (c) => {
      const { tokenHash, ...user } = c.var.user;
      const sessionExpiresAt = await sessionExpiry(deps.db, tokenHash);
      return c.json({ user: { ...user, sessionExpiresAt } }, 200);
    })
    .patch("/me", signedIn, jsonBody(updateMeRequestSchema), async (c) => {
      const row = await updateProfile(deps.db, c.var.user.id, c.req.valid("json"));
      const user = toUser(row, c.var.user.secondFactor === "passed");
      const sessionExpiresAt = await sessionExpiry(deps.db, c.var.user.tokenHash);
      return c.json({ user: { ...user, sessionExpiresAt } }, 200);
    })
    .post("/password", signedIn, jsonBody(changePasswordRequestSchema), async (c) => {
      const { currentPassword, newPassword } = c.req.valid("json");
      const [row] = await deps.db.select().from(users).where(eq(users.id, c.var.user.id));
      if (!row) throw new ApiError(401, "unauthenticated", "Sign in to continue.");
      const ticket = await admitPasswordCheck(deps.db, row.email);
      if (!(await verifyPassword(row.passwordHash, currentPassword))) {
        await ticket.failed();
        throw new ApiError(400, "invalid_credentials", "The current password is wrong.", {
          issues: [{ path: "currentPassword", message: "The current password is wrong." }],
        });
      }
      await ticket.succeeded();
      // Every session ends, this one included; the browser gets a fresh one at once, which keeps
      // this session's second factor.
      await setPassword(deps.db, row.id, newPassword);
      const refreshed = await findUserByEmail(deps.db, row.email);
      if (refreshed) await startSession(c, deps, refreshed, c.var.user.secondFactor === "passed");
      return c.body(null, 204);
    });
}

export const authDocs: RouteDoc[] = [
  {
    method: "post",
    path: "/api/auth/signup",
    tag: "auth",
    summary: "Create a person account and sign in",
    body: signupRequestSchema,
    responses: { 201: userResponseSchema, 400: apiErrorSchema, 409: apiErrorSchema },
  },
  {
    method: "post",
    path: "/api/auth/login",
    tag: "auth",
    summary:
      "Sign in; an account with a second factor also sends totpCode or recoveryCode (else 401 second_factor_required)",
    body: loginWithSecondFactorSchema,
    responses: {
      200: userResponseSchema,
      400: apiErrorSchema,
      401: apiErrorSchema,
      429: apiErrorSchema,
    },
  },
  {
    method: "post",
    path: "/api/auth/logout",
    tag: "auth",
    summary: "Sign out (ends the session)",
    responses: { 204: null },
  },
  {
    method: "get",
    path: "/api/auth/me",
    tag: "auth",
    summary: "The signed-in user",
    auth: true,
    responses: { 200: userResponseSchema, 401: apiErrorSchema },
  },
  {
    method: "patch",
    path: "/api/auth/me",
    tag: "auth",
    summary: "Change display name or language",
    auth: true,
    body: updateMeRequestSchema,
    responses: { 200: userResponseSchema, 400: apiErrorSchema, 401: apiErrorSchema },
  },
  {
    method: "post",
    path: "/api/auth/password",
    tag: "auth",
    summary: "Change password (ends every other session)",
    auth: true,
    body: changePasswordRequestSchema,
    responses: { 204: null, 400: apiErrorSchema, 401: apiErrorSchema },
  },
];
