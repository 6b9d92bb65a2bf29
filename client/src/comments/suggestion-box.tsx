import { useState } from "react";
import type { Comment } from "../../../shared/schemas/sharing";
import { errorMessage } from "../i18n/error-message";
import { useI18n } from "../i18n/use-i18n";
import { FormMessage } from "../ui/form-message";
import { applySuggestion, MissingRecordError } from "./apply-suggestion";
import { useDecision } from "./comments-api";
import type { RecordLabels } from "./record-labels";
import { describeSuggestion } from "./suggestion-text";

/** An adviser's suggestion on a comment: what it would change, accept or decline in one tap. */
export function SuggestionBox({
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
