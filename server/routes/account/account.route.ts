import { and, desc, eq, or, sql } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod/mini";
import { apiErrorSchema } from "../../../shared/schemas/index";
import { secretTextCheck } from "../../../shared/schemas/text";
import { accountThrottleKey, admitPasswordCheck } from "../../auth/login-throttle";
import { verifyPassword } from "../../auth/passwords";
import { requireUser } from "../../auth/require-user";
import { clearSessionCookie } from "../../auth/sessions";
import type { Db } from "../../db/connect";
import {
  accessLog,
  blobs,
  comments,
  competencies,
  cvs,
  experiences,
  loginFailedAccounts,
  profiles,
  proofs,
  shares,
  throttleBuckets,
  users,
} from "../../db/schema";
import type { AppDeps, AppEnv } from "../../http/context";
import { ApiError } from "../../http/errors";
import type { RouteDoc } from "../../http/openapi";
import { jsonBody } from "../../http/validate";

export const deleteAccountRequestSchema = z.object({
  password: z.string().check(z.minLength(1), z.maxLength(1024), secretTextCheck),
});

/** What the server holds about the person, beyond what their device already has. */
export const accountExportSchema = z.object({
  format: z.literal("skillfolio-server-export"),
  exportedAt: z.string(),
  user: z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z.string(),
    locale: z.string(),
    createdAt: z.string(),
  }),
  records: z.record(z.string(), z.array(z.unknown())),
  blobs: z.array(z.object({ sha256: z.string(), size: z.number(), mime: z.string() })),
  shares: z.array(z.unknown()),
  comments: z.array(z.unknown()),
  accessLog: z.array(z.unknown()),
});

/**
 * The person's account as a whole: the GDPR export of everything the server holds about them,
 * and deletion. Deletion removes the user row; every table that names the person cascades from it
 * (records, blobs, sessions, devices, shares both ways, comments, access log, conflicts), so
 * nothing of theirs can survive a table added later without its foreign key saying so.
 */
export function accountRoutes(deps: AppDeps) {
  const signedIn = requireUser(deps);
  return new Hono<AppEnv>()
    .get("/export", signedIn, async (c) => {
      const exported = await exportAccount(deps.db, c.var.user.id);
      if (!exported) throw new ApiError(404, "not_found", "No such account.");
      c.header("Content-Disposition", 'attachment; filename="skillfolio-server-export.json"');
      return c.json(exported, 200);
    })
    .post("/delete", signedIn, jsonBody(deleteAccountRequestSchema), async (c) => {
      const { password } = c.req.valid("json");
      const [row] = await deps.db.select().from(users).where(eq(users.id, c.var.user.id));
      if (!row) throw new ApiError(401, "unauthenticated", "Sign in to continue.");
      const ticket = await admitPasswordCheck(deps.db, row.email);
      if (!(await verifyPassword(row.passwordHash, password))) {
        await ticket.failed();
        throw new ApiError(400, "invalid_credentials", "The password is wrong.", {
          issues: [{ path: "password", message: "The password is wrong." }],
        });
      }
      await deleteAccount(deps.db, row.id, row.email);
      clearSessionCookie(c, deps.cookies);
      return c.body(null, 204);
    });
}

export async function deleteAccount(db: Db, userId: string, email: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(users).where(eq(users.id, userId));
    // The login throttle's rows are keyed by the email's hash: still about this person.
    const key = accountThrottleKey(email);
    await tx.delete(throttleBuckets).where(eq(throttleBuckets.key, key));
    await tx.delete(loginFailedAccounts).where(eq(loginFailedAccounts.account, key));
  });
}

async function exportAccount(db: Db, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) return null;
  const live = <T extends typeof profiles | typeof experiences>(table: T) =>
    and(eq(table.ownerId, userId), eq(table.deleted, false));
  const [profileRows, experienceRows, competencyRows, proofRows, cvRows] = await Promise.all([
    db.select().from(profiles).where(live(profiles)),
    db.select().from(experiences).where(live(experiences)),
    db
      .select()
      .from(competencies)
      .where(and(eq(competencies.ownerId, userId), eq(competencies.deleted, false))),
    db
      .select()
      .from(proofs)
      .where(and(eq(proofs.ownerId, userId), eq(proofs.deleted, false))),
    db
      .select()
      .from(cvs)
      .where(and(eq(cvs.ownerId, userId), eq(cvs.deleted, false))),
  ]);
  const blobRows = await db
    .select({ sha256: blobs.sha256, size: blobs.size, mime: blobs.mime })
    .from(blobs)
    .where(eq(blobs.ownerId, userId));
  const shareRows = await db
    .select({
      id: shares.id,
      adviser: users.displayName,
      adviserEmail: users.email,
      scope: shares.scope,
      cvId: shares.cvId,
      hiddenFields: shares.hiddenFields,
      expiresAt: shares.expiresAt,
      revokedAt: shares.revokedAt,
      createdAt: shares.createdAt,
    })
    .from(shares)
    .innerJoin(users, eq(users.id, shares.adviserId))
    .where(eq(shares.ownerId, userId))
    .orderBy(desc(shares.createdAt));
  const commentRows = await db
    .select({
      id: comments.id,
      author: users.displayName,
      parentId: comments.parentId,
      targetTable: comments.targetTable,
      targetId: comments.targetId,
      body: comments.body,
      suggestion: comments.suggestion,
      status: comments.status,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(or(eq(comments.ownerId, userId), eq(comments.authorId, userId)))
    .orderBy(comments.createdAt);
  const accessRows = await db
    .select({
      adviser: sql<
        string | null
      >`(select display_name from users where id = ${accessLog.adviserId})`,
      action: accessLog.action,
      target: accessLog.target,
      at: accessLog.at,
      count: accessLog.count,
      lastAt: sql`coalesce(${accessLog.lastAt}, ${accessLog.at})`.mapWith(accessLog.at),
    })
    .from(accessLog)
    .where(eq(accessLog.ownerId, userId))
    .orderBy(desc(accessLog.at));

  return {
    format: "skillfolio-server-export" as const,
    exportedAt: new Date().toISOString(),
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      locale: user.locale,
      createdAt: user.createdAt.toISOString(),
    },
    records: {
      profile: profileRows.map(withoutSyncBookkeeping),
      experience: experienceRows.map(withoutSyncBookkeeping),
      competency: competencyRows.map(withoutSyncBookkeeping),
      proof: proofRows.map(withoutSyncBookkeeping),
      cv: cvRows.map(withoutSyncBookkeeping),
    },
    blobs: blobRows,
    shares: shareRows,
    comments: commentRows,
    accessLog: accessRows,
  };
}

function withoutSyncBookkeeping<R extends { fieldVersions: unknown }>(row: R) {
  const { fieldVersions: _bookkeeping, ...record } = row;
  return record;
}

export const accountDocs: RouteDoc[] = [
  {
    method: "get",
    path: "/api/account/export",
    tag: "account",
    summary: "Everything the server holds about the signed-in person (GDPR export, JSON)",
    auth: true,
    responses: { 200: accountExportSchema, 401: apiErrorSchema },
  },
  {
    method: "post",
    path: "/api/account/delete",
    tag: "account",
    summary: "Delete the account: every record, file, session and share of the person",
    auth: true,
    body: deleteAccountRequestSchema,
    responses: { 204: null, 400: apiErrorSchema, 401: apiErrorSchema },
  },
];
