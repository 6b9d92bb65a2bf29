import type { Comment, CommentTarget } from "../../../shared/schemas/sharing";

/** A comment with its replies (threads are one level deep), oldest reply first. */
export type Thread = { root: Comment; replies: Comment[] };

/**
 * Groups comments into threads, the thread with the latest message first. A reply whose comment
 * is missing (deleted, or outside this list) becomes a thread of its own rather than vanishing.
 */
export function groupThreads(comments: readonly Comment[]): Thread[] {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const threads = new Map<string, Thread>();
  const sorted = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const comment of sorted) {
    const parent = comment.parentId ? byId.get(comment.parentId) : undefined;
    if (parent) {
      const thread = threads.get(parent.id) ?? { root: parent, replies: [] };
      thread.replies.push(comment);
      threads.set(parent.id, thread);
    } else if (!threads.has(comment.id)) {
      threads.set(comment.id, { root: comment, replies: [] });
    }
  }
  const latest = (thread: Thread) => thread.replies.at(-1)?.createdAt ?? thread.root.createdAt;
  return [...threads.values()].sort((a, b) => latest(b).localeCompare(latest(a)));
}

export function sameTarget(a: CommentTarget | null, b: CommentTarget | null): boolean {
  return a === b || (a !== null && b !== null && a.table === b.table && a.id === b.id);
}
