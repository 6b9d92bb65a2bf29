import { type FormEvent, useId, useState } from "react";
import {
  adviserCommentRequestSchema,
  COMMENT_MAX,
  type CommentTarget,
  type SharedPortfolio,
  type Suggestion,
  suggestionSchema,
} from "../../../../shared/schemas/sharing";
import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { FormMessage } from "../../ui/form-message";
import { textRuleError } from "../../ui/validation";
import { usePostComment } from "./adviser-api";
import { AddCompetencyFields, LinkCompetencyFields, RecordOptions } from "./suggestion-fields";

type Kind = "comment" | Suggestion["kind"];
const kinds: Kind[] = ["comment", "link-competency", "add-competency", "reword"];

const rewordFields = {
  experience: ["title", "description"],
  competency: ["label", "note"],
  profile: ["headline", "summary"],
} as const;
type RewordTable = keyof typeof rewordFields;

function targetKey(target: CommentTarget | null): string {
  return target ? `${target.table}:${target.id}` : "portfolio";
}

function parseTarget(key: string): CommentTarget | null {
  const [table, id] = key.split(":");
  return (table === "experience" || table === "competency") && id ? { table, id } : null;
}

/**
 * The adviser writes to the person: a comment on the portfolio or one record, or a suggestion of
 * one of three kinds, each with its small form. Everything is checked with the shared schemas
 * before it is sent; the server checks again.
 */
export function CommentComposer({
  shareId,
  portfolio,
  target,
  onTargetChange,
  replyTo,
  onCancelReply,
  onSent,
}: {
  shareId: string;
  portfolio: SharedPortfolio;
  target: CommentTarget | null;
  onTargetChange: (target: CommentTarget | null) => void;
  replyTo: { id: string; excerpt: string } | null;
  onCancelReply: () => void;
  onSent: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const post = usePostComment(shareId);
  const [kind, setKind] = useState<Kind>("comment");
  const [problem, setProblem] = useState<string | null>(null);
  const [bodyProblem, setBodyProblem] = useState<string | null>(null);
  const [rewordRecord, setRewordRecord] = useState("");
  const [rewordField, setRewordField] = useState("");
  const { experiences, competencies, profile } = portfolio;

  const defaultReword = target ? targetKey(target) : profile ? `profile:${profile.id}` : "";
  const rewordKey = rewordRecord || defaultReword;
  const rewordTable = (rewordKey.split(":")[0] ?? "") as RewordTable | "";
  const fieldChoices = rewordTable ? rewordFields[rewordTable] : [];
  const field = fieldChoices.find((name) => name === rewordField) ?? fieldChoices[0];
  const currentText = (() => {
    const recordId = rewordKey.split(":")[1];
    if (!field || !recordId) return "";
    const record =
      rewordTable === "experience"
        ? experiences.find((item) => item.id === recordId)
        : rewordTable === "competency"
          ? competencies.find((item) => item.id === recordId)
          : profile;
    const value = record ? Reflect.get(record, field) : "";
    return typeof value === "string" ? value : "";
  })();

  const text = (form: HTMLFormElement, name: string) => {
    const value = new FormData(form).get(name);
    return typeof value === "string" ? value : "";
  };

  /** The suggestion as typed; the shared schema decides whether it is complete. */
  const draftSuggestion = (form: HTMLFormElement): Record<string, unknown> | null => {
    if (kind === "link-competency") {
      return {
        kind,
        experienceId: text(form, "experienceId"),
        competencyId: text(form, "competencyId"),
      };
    }
    if (kind === "add-competency") {
      return {
        kind,
        label: text(form, "label"),
        category: text(form, "category"),
        reference: null,
        experienceId: text(form, "experienceId") || null,
      };
    }
    if (kind === "reword") {
      const [table, recordId] = rewordKey.split(":");
      return { kind, table, recordId, field, text: text(form, "text") };
    }
    return null;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const draft = replyTo ? null : draftSuggestion(form);
    const parsed = draft ? suggestionSchema.safeParse(draft) : null;
    if (parsed && !parsed.success) {
      setProblem(
        textRuleError(text(form, "label"), "line", t) ??
          textRuleError(text(form, "text"), "multiline", t) ??
          t("adviserComments.required"),
      );
      return;
    }
    const suggestion = parsed?.data ?? null;
    const request = adviserCommentRequestSchema.safeParse({
      body: text(form, "body"),
      parentId: replyTo?.id ?? null,
      target: replyTo ? null : target,
      suggestion,
    });
    if (!request.success) {
      const body = text(form, "body");
      setBodyProblem(
        textRuleError(body, "multiline", t) ??
          (body.trim().length > COMMENT_MAX
            ? t("comments.tooLong", { count: COMMENT_MAX })
            : t("field.required")),
      );
      setProblem(t("form.fixErrors", { count: 1 }));
      const input = form.elements.namedItem("body");
      if (input instanceof HTMLElement) input.focus();
      return;
    }
    setProblem(null);
    setBodyProblem(null);
    post.mutate(request.data, {
      onSuccess: () => {
        form.reset();
        setKind("comment");
        onSent();
      },
    });
  };

  const recordOptions = <RecordOptions experiences={experiences} competencies={competencies} />;

  return (
    <form className="form composer" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {t("adviserComments.formTitle", { name: portfolio.owner.displayName })}
      </h3>
      <FormMessage kind="error">{post.isError ? errorMessage(post.error, t) : problem}</FormMessage>

      {replyTo ? (
        <div className="composer-reply">
          <p>
            {t("adviserComments.replyTo")}&nbsp;: «&nbsp;{replyTo.excerpt}&nbsp;»
          </p>
          <button type="button" className="button" onClick={onCancelReply}>
            {t("adviserComments.cancelReply")}
          </button>
        </div>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-target`}>{t("adviserComments.target")}</label>
            <select
              id={`${id}-target`}
              name="target"
              value={targetKey(target)}
              onChange={(event) => onTargetChange(parseTarget(event.target.value))}
            >
              <option value="portfolio">{t("adviserComments.target.portfolio")}</option>
              {recordOptions}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t("adviserComments.kind")}</label>
            <select
              id={`${id}-kind`}
              name="kind"
              value={kind}
              onChange={(event) =>
                setKind(kinds.find((option) => option === event.target.value) ?? "comment")
              }
            >
              {kinds.map((option) => (
                <option key={option} value={option}>
                  {t(`adviserComments.kind.${option}`)}
                </option>
              ))}
            </select>
          </div>
        </>
      )}

      {!replyTo && kind === "link-competency" && (
        <LinkCompetencyFields
          experiences={experiences}
          competencies={competencies}
          target={target}
        />
      )}

      {!replyTo && kind === "add-competency" && (
        <AddCompetencyFields id={id} experiences={experiences} target={target} />
      )}

      {!replyTo && kind === "reword" && (
        <>
          <div className="field">
            <label htmlFor={`${id}-record`}>{t("adviserComments.record")}</label>
            <select
              id={`${id}-record`}
              value={rewordKey}
              onChange={(event) => {
                setRewordRecord(event.target.value);
                setRewordField("");
              }}
            >
              {profile && <option value={`profile:${profile.id}`}>{t("shared.profile")}</option>}
              {recordOptions}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-field`}>{t("adviserComments.field")}</label>
            <select
              id={`${id}-field`}
              value={field ?? ""}
              onChange={(event) => setRewordField(event.target.value)}
            >
              {fieldChoices.map((name) => (
                <option key={name} value={name}>
                  {t(`suggestion.field.${name}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-text`}>{t("adviserComments.text")}</label>
            <textarea
              key={`${rewordKey}:${field}`}
              id={`${id}-text`}
              name="text"
              rows={4}
              maxLength={4000}
              defaultValue={currentText}
            />
          </div>
        </>
      )}

      <div className="field">
        <label htmlFor={`${id}-body`}>{t("adviserComments.body")}</label>
        <p id={`${id}-body-hint`} className="field-hint">
          {t("adviserComments.bodyHint", { count: COMMENT_MAX })}
        </p>
        {bodyProblem && (
          <p id={`${id}-body-error`} className="field-error">
            {bodyProblem}
          </p>
        )}
        <textarea
          id={`${id}-body`}
          name="body"
          rows={4}
          maxLength={COMMENT_MAX}
          aria-invalid={bodyProblem ? true : undefined}
          aria-describedby={bodyProblem ? `${id}-body-hint ${id}-body-error` : `${id}-body-hint`}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={post.isPending}>
        {post.isPending ? t("adviserComments.sending") : t("adviserComments.send")}
      </button>
    </form>
  );
}
