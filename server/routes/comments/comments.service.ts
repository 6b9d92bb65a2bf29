import { randomUUID } from "node:crypto";
import { asc, eq, type SQL } from "drizzle-orm";
import {
  type Comment,
  commentTargetSchema,
  type Suggestion,
  suggestionSchema,
} from "../../../shared/schemas/index";
import type { Db } from "../../db/connect";
import { comments, users } from "../../db/schema";

type CommentRow = typeof comments.$inferSelect;
type Author = Comment["author"];

function toComment(row: CommentRow, author: Author): Comment {
  const target = commentTargetSchema.safeParse({ table: row.targetTable, id: row.targetId });
  const suggestion = row.suggestion ? suggestionSchema.safeParse(row.suggestion) : null;
  return {
    id: row.id,
    shareId: row.shareId,
    ownerId: row.ownerId,
    author,
    parentId: row.parentId,
    target: target.success ? target.data : null,
    // Stored as received, returned as stored: the client renders it as text, never as HTML.
    body: row.body,
    suggestion: suggestion?.success ? suggestion.data : null,
    status: row.status,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Comments matching `where`, oldest first, with their authors. */
export async function selectComments(db: Db, where: SQL | undefined): Promise<Comment[]> {
  const rows = await db
    .select({
      comment: comments,
      author: { id: users.id, displayName: users.displayName, role: users.role },
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(where)
    .orderBy(asc(comments.createdAt), asc(comments.id));
  return rows.map((row) => toComment(row.comment, row.author));
}

export async function findComment(db: Db, id: string): Promise<Comment | null> {
  const [comment] = await selectComments(db, eq(comments.id, id));
  return comment ?? null;
}

export async function insertComment(
  db: Db,
  values: {
    ownerId: string;
    authorId: string;
    shareId: string | null;
    parentId: string | null;
    target: { table: string; id: string } | null;
    body: string;
    suggestion: Suggestion | null;
  },
): Promise<Comment> {
  const id = randomUUID();
  await db.insert(comments).values({
    id,
    ownerId: values.ownerId,
    authorId: values.authorId,
    shareId: values.shareId,
    parentId: values.parentId,
    targetTable: values.target?.table ?? null,
    targetId: values.target?.id ?? null,
    body: values.body,
    suggestion: values.suggestion,
    status: values.suggestion ? "open" : null,
  });
  const comment = await findComment(db, id);
  if (!comment) throw new Error("inserted comment not found");
  return comment;
}

/** Threads one level deep: a reply to a reply joins the thread of its root. */
export function rootOf(comment: Pick<Comment, "id" | "parentId">): string {
  return comment.parentId ?? comment.id;
}
