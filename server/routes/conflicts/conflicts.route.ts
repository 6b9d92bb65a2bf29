import { and, desc, eq, isNull } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod/mini";
import { apiErrorSchema } from "../../../shared/schemas/index";
import { syncTableSchema } from "../../../shared/sync/protocol";
import { requireUser } from "../../auth/require-user";
import { conflicts } from "../../db/schema";
import type { AppDeps, AppEnv } from "../../http/context";
import { ApiError } from "../../http/errors";
import type { RouteDoc } from "../../http/openapi";

export const conflictSchema = z.object({
  id: z.uuid(),
  table: syncTableSchema,
  recordId: z.uuid(),
  field: z.string(),
  losingValue: z.unknown(),
  winningValue: z.unknown(),
  /** The device whose value lost (its sync client id), so that device can say "this device". */
  losingClientId: z.nullable(z.uuid()),
  /** When the losing value reached the server and met the kept one. */
  createdAt: z.string(),
});
export const conflictListSchema = z.object({ conflicts: z.array(conflictSchema) });

/**
 * Values that lost the per-field rule, for the person to review. Picking the other value is a
 * normal local edit on the device; resolving only files the conflict away.
 */
export function conflictRoutes(deps: AppDeps) {
  const signedIn = requireUser(deps, ["person"]);
  return new Hono<AppEnv>()
    .get("/", signedIn, async (c) => {
      const rows = await deps.db
        .select()
        .from(conflicts)
        .where(and(eq(conflicts.ownerId, c.var.user.id), isNull(conflicts.resolvedAt)))
        .orderBy(desc(conflicts.createdAt))
        .limit(500);
      return c.json(
        {
          conflicts: rows.map((row) => ({
            id: row.id,
            table: syncTableSchema.parse(row.table),
            recordId: row.recordId,
            field: row.field,
            losingValue: row.losingValue,
            winningValue: row.winningValue,
            losingClientId: row.losingClientId,
            createdAt: row.createdAt.toISOString(),
          })),
        },
        200,
      );
    })
    .post("/:id/resolve", signedIn, async (c) => {
      const id = z.uuid().safeParse(c.req.param("id"));
      if (!id.success) throw new ApiError(404, "not_found", "No such conflict.");
      const resolved = await deps.db
        .update(conflicts)
        .set({ resolvedAt: new Date() })
        .where(
          and(
            eq(conflicts.id, id.data),
            eq(conflicts.ownerId, c.var.user.id),
            isNull(conflicts.resolvedAt),
          ),
        )
        .returning({ id: conflicts.id });
      if (resolved.length === 0) throw new ApiError(404, "not_found", "No such conflict.");
      return c.body(null, 204);
    });
}

export const conflictDocs: RouteDoc[] = [
  {
    method: "get",
    path: "/api/conflicts",
    tag: "sync",
    summary: "Unresolved conflicts: values that lost to another device's edit",
    auth: true,
    responses: { 200: conflictListSchema, 401: apiErrorSchema },
  },
  {
    method: "post",
    path: "/api/conflicts/{id}/resolve",
    tag: "sync",
    summary: "File a conflict away (after keeping or re-applying a value)",
    auth: true,
    responses: { 204: null, 401: apiErrorSchema, 404: apiErrorSchema },
  },
];
