import { createMiddleware } from "hono/factory";
import type { Role } from "../../shared/schemas/index";
import type { AppDeps, AppEnv } from "../http/context";
import { ApiError } from "../http/errors";
import { findSessionUser, readSessionToken } from "./sessions";

/** Puts the signed-in user in `c.var.user`, or answers 401 (403 when the role is not allowed). */
export const requireUser = (deps: AppDeps, roles?: readonly Role[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const token = readSessionToken(c, deps.cookies);
    const user = token ? await findSessionUser(deps.db, token) : null;
    if (!user) throw new ApiError(401, "unauthenticated", "Sign in to continue.");
    if (roles && !roles.includes(user.role)) {
      throw new ApiError(403, "forbidden", "Your account cannot do this.");
    }
    c.set("user", user);
    await next();
  });
