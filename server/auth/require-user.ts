import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { Role } from "../../shared/schemas/index";
import type { AppDeps, AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { findSessionUser, readSessionToken, type SessionUser } from "./sessions";

async function authenticate(
  c: Context<AppEnv>,
  deps: AppDeps,
  roles?: readonly Role[],
): Promise<SessionUser> {
  const token = readSessionToken(c, deps.cookies);
  const user = token ? await findSessionUser(deps.db, token) : null;
  if (!user) throw new ApiError(401, "unauthenticated", "Sign in to continue.");
  if (roles && !roles.includes(user.role)) {
    throw new ApiError(403, "forbidden", "Your account cannot do this.");
  }
  return user;
}

/** Puts the signed-in user in `c.var.user`, or answers 401 (403 when the role is not allowed). */
export const requireUser = (deps: AppDeps, roles?: readonly Role[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    c.set("user", await authenticate(c, deps, roles));
    await next();
  });

/**
 * An adviser reading other people's data (docs/security.md, "Second factor"): signed in with the
 * adviser role AND past the second factor in this session. Not enrolled yet: 403 until they enrol.
 */
export const requireAdviser = (deps: AppDeps) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const user = await authenticate(c, deps, ["adviser"]);
    if (user.secondFactor === "none") {
      throw new ApiError(
        403,
        "second_factor_enrolment_required",
        "Set up two-step verification before reading shared portfolios.",
      );
    }
    if (user.secondFactor !== "passed") {
      throw new ApiError(401, "second_factor_required", "Sign in again with your one-time code.");
    }
    c.set("user", user);
    await next();
  });
