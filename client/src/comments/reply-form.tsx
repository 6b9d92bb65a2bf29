import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { COMMENT_MAX, commentBodySchema } from "../../../shared/schemas/sharing";
import { errorMessage } from "../i18n/error-message";
import { useI18n } from "../i18n/use-i18n";
import { FormMessage } from "../ui/form-message";
import { textRuleError } from "../ui/validation";
import { useReply } from "./comments-api";

/** The person's answer to a thread: opened on demand, checked before it is sent. */
export function ReplyForm({
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
