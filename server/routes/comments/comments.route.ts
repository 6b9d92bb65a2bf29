import { and, eq, isNull, ne, or } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod/mini";
import {
  apiErrorSchema,
  commentResponseSchema,
  commentsResponseSchema,
  decisionRequestSchema,
  replyRequestSchema,
} from "../../../shared/schemas/index";
import { requireUser } from "../../auth/require-user";
import type { Db } from "../../db/connect";
import { comments } from "../../db/schema";
import type { AppDeps, AppEnv } from "../../http/context";
import { ApiError } from "../../http/errors";
import type { RouteDoc } from "../../http/openapi";
import { jsonBody } from "../../http/validate";
import { findComment, insertComment, rootOf, selectComments } from "./comments.service";

/** The one check of the person's comment routes: a comment on their own portfolio, else 404. */
async function loadOwnComment(db: Db, ownerId: string, id: string | undefined) {
  const parsed = z.uuid().safeParse(id);
  const comment = parsed.success ? await findComment(db, parsed.data) : null;
  if (!comment || comment.ownerId !== ownerId) {
    throw new ApiError(404, "not_found", "No such comment.");
  }
  return comment;
}

/** The person's side of comments: every thread on their portfolio, replies, read marks, decisions. */
export function commentRoutes(deps: AppDeps) {
  const person = requireUser(deps, ["person"]);
  return new Hono<AppEnv>()
    .get("/", person, async (c) => {
      const list = await selectComments(deps.db, eq(comments.ownerId, c.var.user.id));
      return c.json({ comments: list }, 200);
    })
    .post("/:id/replies", person, jsonBody(replyRequestSchema), async (c) => {
      const parent = await loadOwnComment(deps.db, c.var.user.id, c.req.param("id"));
      const root = parent.parentId ? await findComment(deps.db, parent.parentId) : parent;
      const comment = await insertComment(deps.db, {
        ownerId: c.var.user.id,
        authorId: c.var.user.id,
        shareId: root?.shareId ?? parent.shareId,
        parentId: rootOf(parent),
        target: root?.target ?? null,
        body: c.req.valid("json").body,
        suggestion: null,
      });
      return c.json({ comment }, 201);
    })
    .post("/:id/read", person, async (c) => {
      const comment = await loadOwnComment(deps.db, c.var.user.id, c.req.param("id"));
      // Reading a thread reads the adviser's comment and the adviser's replies under it.
      await deps.db
        .update(comments)
        .set({ readAt: new Date() })
        .where(
          and(
            or(eq(comments.id, comment.id), eq(comments.parentId, comment.id)),
            eq(comments.ownerId, c.var.user.id),
            ne(comments.authorId, c.var.user.id),
            isNull(comments.readAt),
          ),
        );
      return c.body(null, 204);
    })
    .post("/:id/decision", person, jsonBody(decisionRequestSchema), async (c) => {
      const comment = await loadOwnComment(deps.db, c.var.user.id, c.req.param("id"));
      const decided = await deps.db
        .update(comments)
        .set({
          status: c.req.valid("json").status,
          readAt: comment.readAt ? undefined : new Date(),
        })
        .where(and(eq(comments.id, comment.id), eq(comments.status, "open")))
        .returning({ id: comments.id });
      if (decided.length === 0) {
        throw new ApiError(409, "suggestion_not_open", "This is not an open suggestion.");
      }
      return c.json({ comment: await findComment(deps.db, comment.id) }, 200);
    });
}

export const commentDocs: RouteDoc[] = [
  {
    method: "get",
    path: "/api/comments",
    tag: "sharing",
    summary: "Every comment thread on the person's portfolio, oldest first",
    auth: true,
    responses: { 200: commentsResponseSchema, 401: apiErrorSchema, 403: apiErrorSchema },
  },
  {
    method: "post",
    path: "/api/comments/{id}/replies",
    tag: "sharing",
    summary: "Reply to an adviser's comment (joins the thread of its root)",
    auth: true,
    body: replyRequestSchema,
    responses: {
      201: commentResponseSchema,
      400: apiErrorSchema,
      401: apiErrorSchema,
      403: apiErrorSchema,
      404: apiErrorSchema,
    },
  },
  {
    method: "post",
    path: "/api/comments/{id}/read",
    tag: "sharing",
    summary: "Mark a comment and the adviser's replies under it as read",
    auth: true,
    responses: { 204: null, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema },
  },
  {
    method: "post",
    path: "/api/comments/{id}/decision",
    tag: "sharing",
    summary: "Accept or decline an open suggestion (the edit itself syncs from the device)",
    auth: true,
    body: decisionRequestSchema,
    responses: {
      200: commentResponseSchema,
      400: apiErrorSchema,
      401: apiErrorSchema,
      403: apiErrorSchema,
      404: apiErrorSchema,
      409: apiErrorSchema,
    },
  },
];
