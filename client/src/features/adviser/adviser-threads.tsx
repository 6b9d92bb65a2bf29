import type { Comment, SharedPortfolio } from "../../../../shared/schemas/sharing";
import { groupThreads } from "../../comments/threads";
import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { isNetworkError } from "../../lib/api-error";
import { useShareComments } from "./adviser-api";
import "../../comments/comments.css";

const EXCERPT = 80;

/** The conversation with the person on this share, as the adviser sees it. */
export function AdviserThreads({
  shareId,
  portfolio,
  onReply,
}: {
  shareId: string;
  portfolio: SharedPortfolio;
  onReply: (reply: { id: string; excerpt: string }) => void;
}) {
  const { t } = useI18n();
  const comments = useShareComments(shareId);
  const titles = new Map<string, string>([
    ...portfolio.experiences.map((item) => [item.id, item.title] as const),
    ...portfolio.competencies.map((item) => [item.id, item.label] as const),
  ]);
  if (comments.isPending) return <p className="loading">{t("app.loading")}</p>;
  if (comments.isError && !comments.data) {
    return (
      <p className="notice">
        {isNetworkError(comments.error)
          ? t("comments.offline")
          : t("adviserComments.loadFailed", { reason: errorMessage(comments.error, t) })}
      </p>
    );
  }
  const threads = groupThreads(comments.data ?? []);
  if (threads.length === 0) return <p>{t("adviserComments.none")}</p>;
  return (
    <ul className="comment-threads">
      {threads.map(({ root, replies }) => {
        const about = root.target
          ? t("comments.about.record", {
              table: t(`table.${root.target.table}`),
              label: titles.get(root.target.id) ?? t("comments.unknownRecord"),
            })
          : t("adviserComments.target.portfolio");
        return (
          <li key={root.id} className="card comment-thread" aria-label={about}>
            <p className="comment-about">{about}</p>
            <ol className="comment-messages">
              {[root, ...replies].map((comment) => (
                <AdviserMessage key={comment.id} comment={comment} />
              ))}
            </ol>
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                onReply({
                  id: root.id,
                  excerpt:
                    root.body.length > EXCERPT ? `${root.body.slice(0, EXCERPT)}…` : root.body,
                })
              }
            >
              {t("adviserComments.reply")}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function AdviserMessage({ comment }: { comment: Comment }) {
  const { t, formatDateTime } = useI18n();
  const fromPerson = comment.author.role === "person";
  return (
    <li className={`comment${fromPerson ? "" : " comment-mine"}`}>
      <p className="comment-meta">
        <strong>{comment.author.displayName}</strong> ·{" "}
        <time dateTime={comment.createdAt}>{formatDateTime(new Date(comment.createdAt))}</time>
        {fromPerson && !comment.readAt && (
          <span className="comment-unread">{t("comments.unread")}</span>
        )}
      </p>
      <p className="comment-body">{comment.body}</p>
      {comment.suggestion && (
        <p className="suggestion-status">
          <span className="suggestion-tag">{t("suggestion.label")}</span>{" "}
          {t(`adviserComments.kind.${comment.suggestion.kind}`)} —{" "}
          {comment.status === "accepted"
            ? t("suggestion.status.accepted")
            : comment.status === "declined"
              ? t("suggestion.status.declined")
              : t("adviserComments.status.open")}
        </p>
      )}
    </li>
  );
}
