import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { COMMENT_MAX, type Comment, commentBodySchema } from "../../../shared/schemas/sharing";
import { errorMessage } from "../i18n/error-message";
import { useI18n } from "../i18n/use-i18n";
import { FormMessage } from "../ui/form-message";
import { textRuleError } from "../ui/validation";
import { applySuggestion, MissingRecordError } from "./apply-suggestion";
import { useDecision, useMarkRead, useReply } from "./comments-api";
import { type RecordLabels, useRecordLabels } from "./record-labels";
import { describeSuggestion } from "./suggestion-text";
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

function SuggestionBox({
  comment,
  labels,
  onAnnounce,
}: {
  comment: Comment;
  labels: RecordLabels;
  onAnnounce: (message: string) => void;
}) {
  const { t } = useI18n();
  const decision = useDecision();
  const [failure, setFailure] = useState<string | null>(null);
  const { suggestion } = comment;
  if (!suggestion) return null;
  const current =
    suggestion.kind === "reword"
      ? labels.text.get(`${suggestion.table}:${suggestion.recordId}:${suggestion.field}`)
      : undefined;

  const decide = async (status: "accepted" | "declined") => {
    setFailure(null);
    try {
      if (status === "accepted") await applySuggestion(suggestion);
      await decision.mutateAsync({ id: comment.id, status });
      onAnnounce(status === "accepted" ? t("suggestion.accepted") : t("suggestion.declined"));
    } catch (error) {
      setFailure(
        error instanceof MissingRecordError
          ? t("suggestion.missingRecord")
          : t("comments.failed", { reason: errorMessage(error, t) }),
      );
    }
  };

  return (
    <div className="suggestion">
      <p className="suggestion-title">
        <span className="suggestion-tag">{t("suggestion.label")}</span>{" "}
        {describeSuggestion(suggestion, labels, t)}
      </p>
      {suggestion.kind === "reword" && (
        <dl className="suggestion-texts">
          {current !== undefined && (
            <div>
              <dt>{t("suggestion.current")}</dt>
              <dd>{current}</dd>
            </div>
          )}
          <div>
            <dt>{t("suggestion.proposed")}</dt>
            <dd>{suggestion.text}</dd>
          </div>
        </dl>
      )}
      <FormMessage kind="error">{failure}</FormMessage>
      {comment.status === "open" || comment.status === null ? (
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={decision.isPending}
            onClick={() => decide("accepted")}
          >
            {t("suggestion.accept")}
          </button>
          <button
            type="button"
            className="button"
            disabled={decision.isPending}
            onClick={() => decide("declined")}
          >
            {t("suggestion.decline")}
          </button>
        </div>
      ) : (
        <p className={`suggestion-status suggestion-status-${comment.status}`}>
          {t(`suggestion.status.${comment.status}`)}
        </p>
      )}
    </div>
  );
}

function ReplyForm({
  commentId,
  about,
  onSent,
}: {
  commentId: string;
  about: string;
  onSent: () => void;
}) {
  const { t } = useI18n();
  const reply = useReply();
  const fieldId = useId();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  // The person just asked to reply: the box takes the focus.
  useEffect(() => {
    if (open) fieldRef.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <button
        type="button"
        className="button"
        aria-label={`${t("comments.reply")} — ${about}`}
        onClick={() => setOpen(true)}
      >
        {t("comments.reply")}
      </button>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const value = new FormData(form).get("body");
    const body = typeof value === "string" ? value : "";
    const parsed = commentBodySchema.safeParse(body);
    if (!parsed.success) {
      setProblem(
        textRuleError(body, "multiline", t) ??
          (body.trim().length > COMMENT_MAX
            ? t("comments.tooLong", { count: COMMENT_MAX })
            : t("field.required")),
      );
      form.querySelector("textarea")?.focus();
      return;
    }
    setProblem(null);
    reply.mutate(
      { id: commentId, body: parsed.data },
      {
        onSuccess: () => {
          form.reset();
          setOpen(false);
          onSent();
        },
      },
    );
  };

  return (
    <form className="form reply-form" noValidate onSubmit={submit}>
      <FormMessage kind="error">
        {reply.isError ? t("comments.failed", { reason: errorMessage(reply.error, t) }) : null}
      </FormMessage>
      <div className="field">
        <label htmlFor={fieldId}>{t("comments.replyLabel")}</label>
        {problem && (
          <p id={`${fieldId}-error`} className="field-error">
            {problem}
          </p>
        )}
        <textarea
          id={fieldId}
          name="body"
          rows={3}
          maxLength={COMMENT_MAX}
          ref={fieldRef}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${fieldId}-error` : undefined}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={reply.isPending}>
          {reply.isPending ? t("comments.sending") : t("comments.send")}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
          {t("sharing.cancel")}
        </button>
      </div>
    </form>
  );
}
