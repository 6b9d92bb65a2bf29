import { useId, useState } from "react";
import type { Comment } from "../../../shared/schemas/sharing";
import { errorMessage } from "../i18n/error-message";
import { useI18n } from "../i18n/use-i18n";
import { FormMessage } from "../ui/form-message";
import { useMarkRead } from "./comments-api";
import { type RecordLabels, useRecordLabels } from "./record-labels";
import { ReplyForm } from "./reply-form";
import { SuggestionBox } from "./suggestion-box";
import { groupThreads, type Thread } from "./threads";
import "./comments.css";

/**
 * The person's threads with their advisers: each comment as plain text (React escapes it: a
 * comment is never HTML), suggestions to accept or decline in one tap, a reply box, mark read.
 */
export function CommentThreads({
  comments,
  headingLevel = 2,
  onAnnounce,
}: {
  comments: readonly Comment[];
  headingLevel?: 2 | 3;
  onAnnounce: (message: string) => void;
}) {
  const labels = useRecordLabels();
  return (
    <ul className="comment-threads">
      {groupThreads(comments).map((thread) => (
        <ThreadItem
          key={thread.root.id}
          thread={thread}
          labels={labels}
          headingLevel={headingLevel}
          onAnnounce={onAnnounce}
        />
      ))}
    </ul>
  );
}

function ThreadItem({
  thread,
  labels,
  headingLevel,
  onAnnounce,
}: {
  thread: Thread;
  labels: RecordLabels;
  headingLevel: 2 | 3;
  onAnnounce: (message: string) => void;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const markRead = useMarkRead();
  const [failure, setFailure] = useState<string | null>(null);
  const messages = [thread.root, ...thread.replies];
  const unread = messages.filter((comment) => comment.author.role !== "person" && !comment.readAt);
  const { target } = thread.root;
  const about = target
    ? t("comments.about.record", {
        table: t(`table.${target.table}`),
        label: labels[target.table].get(target.id) ?? t("comments.unknownRecord"),
      })
    : t("comments.about.portfolio");
  const Heading = headingLevel === 2 ? "h2" : "h3";

  const readAll = async () => {
    setFailure(null);
    try {
      // One call reads the thread: the comment and the replies under it.
      await markRead.mutateAsync(thread.root.id);
    } catch (error) {
      setFailure(t("comments.failed", { reason: errorMessage(error, t) }));
    }
  };

  return (
    <li
      className={`card comment-thread${unread.length > 0 ? " comment-thread-unread" : ""}`}
      aria-labelledby={headingId}
    >
      <Heading id={headingId} className="comment-about">
        {about}
      </Heading>
      <ol className="comment-messages">
        {messages.map((comment) => (
          <CommentMessage key={comment.id} comment={comment} />
        ))}
      </ol>
      {thread.root.suggestion && (
        <SuggestionBox comment={thread.root} labels={labels} onAnnounce={onAnnounce} />
      )}
      <FormMessage kind="error">{failure}</FormMessage>
      <div className="comment-actions">
        {unread.length > 0 && (
          <button
            type="button"
            className="button button-quiet"
            disabled={markRead.isPending}
            onClick={readAll}
          >
            {t("comments.markRead")}
          </button>
        )}
      </div>
      <ReplyForm
        commentId={thread.root.id}
        about={about}
        onSent={() => {
          onAnnounce(t("comments.sent"));
          if (unread.length > 0) void readAll();
        }}
      />
    </li>
  );
}

export function CommentMessage({ comment }: { comment: Comment }) {
  const { t, formatDateTime } = useI18n();
  const mine = comment.author.role === "person";
  return (
    <li className={`comment${mine ? " comment-mine" : ""}`}>
      <p className="comment-meta">
        <strong>{comment.author.displayName}</strong>{" "}
        <span className="comment-role">
          ({mine ? t("comments.role.person") : t("comments.role.adviser")})
        </span>{" "}
        · <time dateTime={comment.createdAt}>{formatDateTime(new Date(comment.createdAt))}</time>
        {!mine && !comment.readAt && <span className="comment-unread">{t("comments.unread")}</span>}
      </p>
      <p className="comment-body">{comment.body}</p>
    </li>
  );
}
