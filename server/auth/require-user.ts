import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { Role } from "../../shared/schemas/index";
import type { AppDeps, AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { findSessionUser, readSessionToken, type SessionUser } from "./sessions";

/** Roles that read other people's data or run the service: their sessions need a second factor. */
const STAFF: readonly Role[] = ["adviser", "admin"];

async function authenticate(
  c: Context<AppEnv>,
  deps: AppDeps,
  roles: readonly Role[] | undefined,
  beforeSecondFactor: boolean,
): Promise<SessionUser> {
  const token = readSessionToken(c, deps.cookies);
  const user = token ? await findSessionUser(deps.db, token) : null;
  if (!user) throw new ApiError(401, "unauthenticated", "Sign in to continue.");
  if (roles && !roles.includes(user.role)) {
    throw new ApiError(403, "forbidden", "Your account cannot do this.");
  }
  if (STAFF.includes(user.role) && user.secondFactor !== "passed" && !beforeSecondFactor) {
    if (user.secondFactor === "none") {
      throw new ApiError(
        403,
        "second_factor_enrolment_required",
        "Set up two-step verification with your enrolment code first.",
      );
    }
    throw new ApiError(401, "second_factor_required", "Sign in again with your one-time code.");
  }
  return user;
}

/**
 * Puts the signed-in user in `c.var.user`, or answers 401 (403 when the role is not allowed).
 * An adviser's or admin's session that has not passed the second factor is refused too (403
 * `second_factor_enrolment_required`, or 401 `second_factor_required` once enrolled): a password
 * alone opens nothing but the routes marked `beforeSecondFactor` (who am I, enrolment).
 */
export const requireUser = (
  deps: AppDeps,
  roles?: readonly Role[],
  options: { beforeSecondFactor?: boolean } = {},
) =>
  createMiddleware<AppEnv>(async (c, next) => {
    c.set("user", await authenticate(c, deps, roles, options.beforeSecondFactor ?? false));
    await next();
  });

/**
 * An adviser reading other people's data (docs/security.md, "Second factor"): the adviser role,
 * past the second factor in this session.
 */
export const requireAdviser = (deps: AppDeps) => requireUser(deps, ["adviser"]);
