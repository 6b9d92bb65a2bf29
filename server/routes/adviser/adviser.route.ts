import { and, eq, gt, inArray, isNull, ne } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { z } from "zod/mini";
import {
  adviserCommentRequestSchema,
  apiErrorSchema,
  type CaseloadEntry,
  caseloadResponseSchema,
  commentResponseSchema,
  commentsResponseSchema,
  sha256Schema,
  sharedPortfolioSchema,
} from "../../../shared/schemas/index";
import { requireAdviser } from "../../auth/require-user";
import type { Db } from "../../db/connect";
import { blobs, comments, shares, users } from "../../db/schema";
import type { AppDeps, AppEnv } from "../../http/context";
import { ApiError } from "../../http/errors";
import type { RouteDoc } from "../../http/openapi";
import { refuseCrossSite } from "../../http/security";
import { jsonBody } from "../../http/validate";
import { logAccess } from "../access-log/access-log.service";
import { findComment, insertComment, rootOf, selectComments } from "../comments/comments.service";
import { hiddenFieldsOf } from "../shares/shares.service";
import { type LiveShare, loadLiveShare } from "./live-share";
import { blobsInScope, recordsInScope, scopeTimes } from "./scope";
import { assertInScope } from "./suggestions";

/**
 * Comments an adviser sees on a portfolio: the threads started under any of their own shares with
 * this person (a share renewed after a revocation keeps its history), never another adviser's.
 */
/** What an access-log row names: the shared CV by its title, or the whole portfolio. */
function scopeTarget(share: LiveShare, cvTitle: string | undefined): string {
  return share.scope === "cv" ? `CV: ${cvTitle ?? ""}` : "portfolio";
}

function adviserThreads(db: Db, share: LiveShare) {
  const ownShares = db
    .select({ id: shares.id })
    .from(shares)
    .where(and(eq(shares.ownerId, share.ownerId), eq(shares.adviserId, share.adviserId)));
  return and(eq(comments.ownerId, share.ownerId), inArray(comments.shareId, ownShares));
}

/** The adviser's side: caseload, read-only portfolio, files, PDF export record, comments. */
export function adviserRoutes(deps: AppDeps) {
  const adviser = requireAdviser(deps);
  const live = (c: Context<AppEnv>) =>
    loadLiveShare(deps.db, c.var.user.id, c.req.param("shareId"));
  return new Hono<AppEnv>()
    .use(refuseCrossSite())
    .get("/caseload", adviser, async (c) => {
      return c.json({ portfolios: await caseload(deps.db, c.var.user.id) }, 200);
    })
    .get("/shares/:shareId/portfolio", adviser, async (c) => {
      const share = await live(c);
      const records = await recordsInScope(deps.db, share);
      await logAccess(deps.db, share, "view", scopeTarget(share, records.cvs[0]?.title));
      await deps.db
        .update(shares)
        .set({ adviserVisitedAt: new Date() })
        .where(eq(shares.id, share.id));
      return c.json(
        {
          share: {
            id: share.id,
            scope: share.scope,
            cvId: share.cvId,
            expiresAt: share.expiresAt.toISOString(),
            hiddenFields: hiddenFieldsOf(share),
          },
          owner: share.owner,
          ...records,
        },
        200,
      );
    })
    .get("/shares/:shareId/blobs/:sha256", adviser, async (c) => {
      const share = await live(c);
      const sha256 = sha256Schema.safeParse(c.req.param("sha256"));
      const description = sha256.success
        ? blobsInScope(await recordsInScope(deps.db, share)).get(sha256.data)
        : undefined;
      const [row] =
        sha256.success && description
          ? await deps.db
              .select({ bytes: blobs.bytes, mime: blobs.mime })
              .from(blobs)
              .where(and(eq(blobs.ownerId, share.ownerId), eq(blobs.sha256, sha256.data)))
          : [];
      if (!row || !description) throw new ApiError(404, "not_found", "No such file.");
      await logAccess(deps.db, share, "proof", description);
      c.header("Content-Type", row.mime);
      // Private and not stored: the adviser's access ends with the share.
      c.header("Cache-Control", "private, no-store");
      c.header("Content-Disposition", "inline");
      return c.body(new Uint8Array(row.bytes), 200);
    })
    .post("/shares/:shareId/export", adviser, async (c) => {
      const share = await live(c);
      const cvTitle =
        share.scope === "cv" ? (await recordsInScope(deps.db, share)).cvs[0]?.title : undefined;
      // Named as the view names it, so the person's log says the same thing in their language.
      await logAccess(deps.db, share, "export", scopeTarget(share, cvTitle));
      return c.body(null, 204);
    })
    .get("/shares/:shareId/comments", adviser, async (c) => {
      const share = await live(c);
      const list = await selectComments(deps.db, adviserThreads(deps.db, share));
      await logAccess(deps.db, share, "comment", "comments");
      // Reading the threads reads the person's replies in them.
      await deps.db
        .update(comments)
        .set({ readAt: new Date() })
        .where(
          and(
            adviserThreads(deps.db, share),
            ne(comments.authorId, share.adviserId),
            isNull(comments.readAt),
          ),
        );
      return c.json({ comments: list }, 200);
    })
    .post(
      "/shares/:shareId/comments",
      adviser,
      jsonBody(adviserCommentRequestSchema),
      async (c) => {
        const share = await live(c);
        const input = c.req.valid("json");
        const records = await recordsInScope(deps.db, share);
        assertInScope(records, input.target ?? null, input.suggestion ?? null);
        let parentId: string | null = null;
        if (input.parentId) {
          const parent = await findComment(deps.db, input.parentId);
          const visible = parent
            ? await selectComments(
                deps.db,
                and(adviserThreads(deps.db, share), eq(comments.id, parent.id)),
              )
            : [];
          if (!parent || visible.length === 0) {
            throw new ApiError(404, "not_found", "No such comment.");
          }
          parentId = rootOf(parent);
        }
        const comment = await insertComment(deps.db, {
          ownerId: share.ownerId,
          authorId: share.adviserId,
          shareId: share.id,
          parentId,
          target: input.target ?? null,
          body: input.body,
          suggestion: input.suggestion ?? null,
        });
        return c.json({ comment }, 201);
      },
    );
}

/**
 * The adviser's live shares, latest activity first: what changed in scope since their last visit
 * and the person's replies they have not read.
 */
async function caseload(db: Db, adviserId: string): Promise<CaseloadEntry[]> {
  const now = new Date();
  const rows = await db
    .select({ share: shares, owner: { id: users.id, displayName: users.displayName } })
    .from(shares)
    .innerJoin(users, eq(users.id, shares.ownerId))
    .where(
      and(eq(shares.adviserId, adviserId), isNull(shares.revokedAt), gt(shares.expiresAt, now)),
    );
  const entries = await Promise.all(
    rows.map(async (row): Promise<CaseloadEntry> => {
      const share: LiveShare = { ...row.share, owner: row.owner };
      const records = await recordsInScope(db, share);
      const threads = await selectComments(db, adviserThreads(db, share));
      const replies = threads.filter((comment) => comment.author.id === share.ownerId);
      const visitedAt = share.adviserVisitedAt?.toISOString() ?? null;
      const changes = scopeTimes(records);
      const activity = [...changes, ...replies.map((reply) => reply.createdAt)].sort();
      return {
        shareId: share.id,
        owner: share.owner,
        scope: share.scope,
        cvId: share.cvId,
        expiresAt: share.expiresAt.toISOString(),
        lastActivityAt: activity.at(-1) ?? null,
        lastVisitAt: visitedAt,
        changedSinceVisit: changes.filter((at) => visitedAt === null || at > visitedAt).length,
        unreadReplies: replies.filter((reply) => reply.readAt === null).length,
      };
    }),
  );
  return entries.sort((a, b) => (b.lastActivityAt ?? "").localeCompare(a.lastActivityAt ?? ""));
}

const shareIdPath = "/api/adviser/shares/{shareId}";
const denied = { 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

export const adviserDocs: RouteDoc[] = [
  {
    method: "get",
    path: "/api/adviser/caseload",
    tag: "adviser",
    summary: "Portfolios shared with the adviser, latest activity first",
    auth: true,
    responses: { 200: caseloadResponseSchema, 401: apiErrorSchema, 403: apiErrorSchema },
  },
  {
    method: "get",
    path: `${shareIdPath}/portfolio`,
    tag: "adviser",
    summary: "The shared portfolio, read-only (logged as a view)",
    auth: true,
    responses: { 200: sharedPortfolioSchema, ...denied },
  },
  {
    method: "get",
    path: `${shareIdPath}/blobs/{sha256}`,
    tag: "adviser",
    summary: "A file of a proof (or the photo) in the share's scope (logged)",
    auth: true,
    responses: { 200: z.string(), ...denied },
  },
  {
    method: "post",
    path: `${shareIdPath}/export`,
    tag: "adviser",
    summary:
      "Record that the adviser exported the shared portfolio as a PDF (rendered on the device)",
    auth: true,
    responses: { 204: null, ...denied },
  },
  {
    method: "get",
    path: `${shareIdPath}/comments`,
    tag: "adviser",
    summary: "The adviser's threads on this portfolio (logged; marks the person's replies read)",
    auth: true,
    responses: { 200: commentsResponseSchema, ...denied },
  },
  {
    method: "post",
    path: `${shareIdPath}/comments`,
    tag: "adviser",
    summary: "Comment or suggest on the portfolio or one record in scope",
    auth: true,
    body: adviserCommentRequestSchema,
    responses: { 201: commentResponseSchema, 400: apiErrorSchema, ...denied },
  },
];
