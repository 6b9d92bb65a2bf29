import { desc, eq, sql } from "drizzle-orm";
import { Hono } from "hono";
import {
  type AccessLogEntry,
  accessActionSchema,
  accessLogResponseSchema,
  apiErrorSchema,
} from "../../../shared/schemas/index";
import { requireUser } from "../../auth/require-user";
import { accessLog, users } from "../../db/schema";
import type { AppDeps, AppEnv } from "../../http/context";
import type { RouteDoc } from "../../http/openapi";

const ENTRIES_MAX = 1000;

/**
 * The person reads who read what of theirs, and when (UTC; the device shows local time), the
 * latest activity first.
 */
export function accessLogRoutes(deps: AppDeps) {
  const person = requireUser(deps, ["person"]);
  return new Hono<AppEnv>().get("/", person, async (c) => {
    const rows = await deps.db
      .select({
        entry: accessLog,
        adviser: { displayName: users.displayName, email: users.email },
      })
      .from(accessLog)
      .leftJoin(users, eq(users.id, accessLog.adviserId))
      .where(eq(accessLog.ownerId, c.var.user.id))
      .orderBy(desc(sql`coalesce(${accessLog.lastAt}, ${accessLog.at})`), desc(accessLog.id))
      .limit(ENTRIES_MAX);
    const entries = rows.flatMap(({ entry, adviser }): AccessLogEntry[] => {
      const action = accessActionSchema.safeParse(entry.action);
      if (!action.success) return [];
      return [
        {
          id: entry.id,
          adviser,
          shareId: entry.shareId,
          action: action.data,
          target: entry.target,
          at: entry.at.toISOString(),
          count: entry.count,
          lastAt: (entry.lastAt ?? entry.at).toISOString(),
        },
      ];
    });
    return c.json({ entries }, 200);
  });
}

export const accessLogDocs: RouteDoc[] = [
  {
    method: "get",
    path: "/api/access-log",
    tag: "sharing",
    summary:
      "Which adviser read or exported what of the person's, latest first; repeated reads within an hour counted in one entry",
    auth: true,
    responses: { 200: accessLogResponseSchema, 401: apiErrorSchema, 403: apiErrorSchema },
  },
];
