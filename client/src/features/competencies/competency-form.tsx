import { type FormEvent, useState } from "react";
import { Link, useLocation } from "wouter";
import {
  type Competency,
  type CompetencyFields,
  competencyCategories,
  competencyCategorySchema,
  competencyDefaults,
} from "../../../../shared/schemas/competency";
import { InvalidRecordError, saveRecord } from "../../db/portfolio";
import { useI18n } from "../../i18n/use-i18n";
import { FormMessage } from "../../ui/form-message";
import type { FieldErrors } from "../../ui/validation";
import {
  type FormField,
  fieldErrorsOf,
  formFields,
  NOTE_MAX,
  validateCompetency,
} from "./competency-validation";
import { findDuplicate } from "./duplicates";
import { EvidenceChoices } from "./evidence-choices";
import { LevelChoices } from "./level-choices";
import { levelFits, schemeKey } from "./levels";
import type { CompetencyPortfolio } from "./portfolio-data";
import { type ComboboxPick, ReferenceCombobox } from "./reference-combobox";

type Props = {
  portfolio: CompetencyPortfolio;
  /** The competency being edited; none to add one. */
  competency?: Competency | undefined;
  /** Evidence to start with (`/competencies/new?experience=<id>`). */
  initialEvidence?: CompetencyFields["evidence"] | undefined;
  /** Runs after a successful save, before leaving the form. */
  onSaved?: (() => Promise<void>) | undefined;
};

/** Add or edit a competency: label from the reference or free text, category, level, note, evidence. */
export function CompetencyForm({ portfolio, competency, initialEvidence, onSaved }: Props) {
  const { t, locale } = useI18n();
  const [, navigate] = useLocation();
  const [fields, setFields] = useState<CompetencyFields>(() =>
    competency
      ? {
          label: competency.label,
          reference: competency.reference,
          category: competency.category,
          level: competency.level,
          note: competency.note,
          evidence: competency.evidence,
        }
      : { ...competencyDefaults, evidence: initialEvidence ?? competencyDefaults.evidence },
  );
  const [errors, setErrors] = useState<FieldErrors<FormField>>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const change = (next: Partial<CompetencyFields>) =>
    setFields((current) => ({ ...current, ...next }));
  const duplicate = findDuplicate(portfolio.competencies, fields, competency?.id ?? null);

  const pick = (picked: ComboboxPick) => {
    if (picked.kind === "free-text") {
      change({ label: fields.label.trim(), reference: null });
      return;
    }
    const { entry } = picked.match;
    setFields((current) => ({
      ...current,
      label: entry.labels[locale],
      reference: { scheme: entry.scheme, code: entry.code, uri: entry.uri },
      category: entry.category,
      level: levelFits(entry.category, current.level) ? current.level : null,
    }));
    setErrors((current) => ({ ...current, label: undefined }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found = validateCompetency(fields, t);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstProblem(form, found);
      return;
    }
    setSaving(true);
    try {
      const id = await saveRecord("competency", competency?.id ?? null, fields);
      await onSaved?.();
      navigate(`/${id}`, { replace: competency === undefined });
    } catch (error) {
      if (error instanceof InvalidRecordError) {
        const server = fieldErrorsOf(fields, error.issues, t);
        setErrors(server);
        focusFirstProblem(form, server);
      } else {
        console.error("Could not save the competency", error);
        setFailure(t("competencies.error.saveFailed"));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="form competency-form" noValidate onSubmit={submit}>
      <FormMessage kind="error">{failure}</FormMessage>
      <ReferenceCombobox
        name="label"
        label={t("competencies.field.label")}
        hint={t("competencies.field.labelHint")}
        error={errors.label}
        value={fields.label}
        onTextChange={(label) => change({ label, reference: null })}
        onPick={pick}
      />
      <p className="competency-source">
        {fields.reference
          ? t("competencies.source.reference", {
              scheme: t(`reference.scheme.${schemeKey(fields.reference.scheme)}`),
            })
          : fields.label.trim() !== ""
            ? t("competencies.source.freeText")
            : ""}
      </p>
      {duplicate && (
        <div className="notice competency-duplicate" role="status">
          <p>{t("competencies.duplicate.warning", { label: duplicate.label })}</p>
          <Link href={`/${duplicate.id}`} className="button">
            {t("competencies.duplicate.open")}
          </Link>
        </div>
      )}

      <div className="field">
        <label htmlFor="competency-category">{t("competencies.field.category")}</label>
        {errors.category && <p className="field-error">{errors.category}</p>}
        <select
          id="competency-category"
          name="category"
          className="select"
          value={fields.category}
          onChange={(event) => {
            const parsed = competencyCategorySchema.safeParse(event.target.value);
            if (!parsed.success) return;
            const category = parsed.data;
            change({ category, level: levelFits(category, fields.level) ? fields.level : null });
          }}
        >
          {competencyCategories.map((category) => (
            <option key={category} value={category}>
              {t(`competencies.category.${category}`)}
            </option>
          ))}
        </select>
      </div>

      <LevelChoices
        category={fields.category}
        level={fields.level}
        error={errors.level}
        onChange={(level) => change({ level })}
      />

      <div className="field">
        <label htmlFor="competency-note">{t("competencies.field.note")}</label>
        <p id="competency-note-hint" className="field-hint">
          {t("competencies.field.noteHint")}
        </p>
        {errors.note && (
          <p id="competency-note-error" className="field-error">
            {errors.note}
          </p>
        )}
        <textarea
          id="competency-note"
          name="note"
          className="textarea"
          rows={3}
          maxLength={NOTE_MAX}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={
            errors.note ? "competency-note-error competency-note-hint" : "competency-note-hint"
          }
          value={fields.note}
          onChange={(event) => change({ note: event.target.value })}
        />
      </div>

      <EvidenceChoices
        portfolio={portfolio}
        evidence={fields.evidence}
        error={errors.evidence}
        onChange={(evidence) => change({ evidence })}
      />

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t("form.saving") : t("competencies.form.save")}
        </button>
        <Link href={competency ? `/${competency.id}` : "/"} className="button">
          {t("competencies.form.cancel")}
        </Link>
      </div>
    </form>
  );
}

/** Keyboard and screen-reader users land on the first field with a problem. */
function focusFirstProblem(form: HTMLFormElement, errors: FieldErrors<FormField>) {
  const first = formFields.find((field) => errors[field] !== undefined);
  if (!first) return;
  form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
}
