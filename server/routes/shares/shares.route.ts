import { Hono } from "hono";
import { z } from "zod/mini";
import {
  apiErrorSchema,
  createShareRequestSchema,
  shareResponseSchema,
  sharesResponseSchema,
} from "../../../shared/schemas/index";
import { requireUser } from "../../auth/require-user";
import type { AppDeps, AppEnv } from "../../http/context";
import { ApiError } from "../../http/errors";
import type { RouteDoc } from "../../http/openapi";
import { jsonBody } from "../../http/validate";
import { createShare, listShares, revokeShare } from "./shares.service";

/** The person's side of sharing: give an adviser access, list, revoke. */
export function shareRoutes(deps: AppDeps) {
  const person = requireUser(deps, ["person"]);
  return new Hono<AppEnv>()
    .post("/", person, jsonBody(createShareRequestSchema), async (c) => {
      const share = await createShare(deps.db, c.var.user, c.req.valid("json"));
      return c.json({ share }, 201);
    })
    .get("/", person, async (c) => {
      return c.json({ shares: await listShares(deps.db, c.var.user.id) }, 200);
    })
    .post("/:id/revoke", person, async (c) => {
      const id = z.uuid().safeParse(c.req.param("id"));
      if (!id.success || !(await revokeShare(deps.db, c.var.user.id, id.data))) {
        throw new ApiError(404, "not_found", "No such share.");
      }
      return c.body(null, 204);
    });
}

export const shareDocs: RouteDoc[] = [
  {
    method: "post",
    path: "/api/shares",
    tag: "sharing",
    summary: "Share the portfolio or one CV with an adviser (by email) until a date",
    auth: true,
    body: createShareRequestSchema,
    responses: {
      201: shareResponseSchema,
      400: apiErrorSchema,
      401: apiErrorSchema,
      403: apiErrorSchema,
      404: apiErrorSchema,
      409: apiErrorSchema,
    },
  },
  {
    method: "get",
    path: "/api/shares",
    tag: "sharing",
    summary: "The person's shares, active and past, newest first",
    auth: true,
    responses: { 200: sharesResponseSchema, 401: apiErrorSchema, 403: apiErrorSchema },
  },
  {
    method: "post",
    path: "/api/shares/{id}/revoke",
    tag: "sharing",
    summary: "End a share now (idempotent); the adviser's next request is refused",
    auth: true,
    responses: { 204: null, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema },
  },
];
