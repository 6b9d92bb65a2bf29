import { type FormEvent, useId, useState } from "react";
import { Link } from "wouter";
import {
  type Experience,
  experienceKindSchema,
  experienceKinds,
} from "../../../../shared/schemas/experience";
import { InvalidRecordError, saveRecord } from "../../db/portfolio";
import { useI18n } from "../../i18n/use-i18n";
import { FormMessage } from "../../ui/form-message";
import { PartialDateField } from "../../ui/partial-date-field";
import { TextField } from "../../ui/text-field";
import type { FieldErrors } from "../../ui/validation";
import { fieldsOf } from "./experience-data";
import {
  checkDraft,
  draftOf,
  type ExperienceDraft,
  emptyDraft,
  type FormField,
  fieldErrorsOf,
  formFields,
  limits,
} from "./experience-draft";
import { LinesField } from "./lines-field";

type Props = {
  /** The experience being edited; none to add one. */
  experience?: Experience | undefined;
  /** Called with the saved record's id (the screen decides where to go next). */
  onSaved: (id: string) => void;
};

/** Add or edit an experience: every field, checked with the shared schema before anything is written. */
export function ExperienceForm({ experience, onSaved }: Props) {
  const { t, locale } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<ExperienceDraft>(() =>
    experience ? draftOf(fieldsOf(experience)) : emptyDraft,
  );
  const [errors, setErrors] = useState<FieldErrors<FormField>>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const change = (next: Partial<ExperienceDraft>) =>
    setDraft((current) => ({ ...current, ...next }));
  const dateLabels = (legend: string) => ({
    legend,
    year: t("experiences.field.year"),
    month: t("experiences.field.month"),
    day: t("experiences.field.day"),
    none: t("experiences.field.notSaid"),
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setFailure(null);
    const checked = checkDraft(draft, t, locale);
    if (!checked.valid) {
      setErrors(checked.errors);
      focusFirstProblem(form, checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      onSaved(await saveRecord("experience", experience?.id ?? null, checked.fields));
    } catch (error) {
      if (error instanceof InvalidRecordError) {
        const found = fieldErrorsOf(checked.fields, error.issues, t);
        setErrors(found);
        focusFirstProblem(form, found);
      } else {
        console.error("Could not save the experience", error);
        setFailure(t("experiences.error.saveFailed"));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="form experience-form" noValidate onSubmit={submit}>
      <FormMessage kind="error">{failure}</FormMessage>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t("experiences.field.kind")}</label>
        {errors.kind && <p className="field-error">{errors.kind}</p>}
        <select
          id={`${id}-kind`}
          name="kind"
          className="experience-select"
          value={draft.kind}
          onChange={(event) => {
            const parsed = experienceKindSchema.safeParse(event.target.value);
            if (parsed.success) change({ kind: parsed.data });
          }}
        >
          {experienceKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`experiences.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        name="title"
        label={t("experiences.field.title")}
        hint={t("experiences.field.titleHint")}
        error={errors.title}
        autoComplete="off"
        maxLength={limits.title * 2}
        value={draft.title}
        onChange={(event) => change({ title: event.target.value })}
      />
      <TextField
        name="organisation"
        label={t("experiences.field.organisation")}
        error={errors.organisation}
        autoComplete="organization"
        maxLength={limits.organisation * 2}
        value={draft.organisation}
        onChange={(event) => change({ organisation: event.target.value })}
      />
      <TextField
        name="location"
        label={t("experiences.field.location")}
        hint={t("experiences.field.locationHint")}
        error={errors.location}
        autoComplete="off"
        maxLength={limits.location * 2}
        value={draft.location}
        onChange={(event) => change({ location: event.target.value })}
      />
      <PartialDateField
        name="startDate"
        locale={locale}
        labels={dateLabels(t("experiences.field.start"))}
        hint={t("experiences.field.dateHint")}
        error={errors.startDate}
        value={draft.start}
        onChange={(start) => change({ start })}
      />
      <div className="experience-check">
        <input
          id={`${id}-ongoing`}
          type="checkbox"
          name="ongoing"
          checked={draft.ongoing}
          onChange={(event) => change({ ongoing: event.target.checked })}
        />
        <label htmlFor={`${id}-ongoing`}>{t("experiences.field.ongoing")}</label>
      </div>
      {!draft.ongoing && (
        <PartialDateField
          name="endDate"
          locale={locale}
          labels={dateLabels(t("experiences.field.end"))}
          error={errors.endDate}
          value={draft.end}
          onChange={(end) => change({ end })}
        />
      )}
      <div className="field">
        <label htmlFor={`${id}-description`}>{t("experiences.field.description")}</label>
        <p id={`${id}-description-hint`} className="field-hint">
          {t("experiences.field.descriptionHint")}
        </p>
        {errors.description && (
          <p id={`${id}-description-error`} className="field-error">
            {errors.description}
          </p>
        )}
        <textarea
          id={`${id}-description`}
          name="description"
          className="experience-textarea"
          rows={5}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={
            errors.description
              ? `${id}-description-error ${id}-description-hint`
              : `${id}-description-hint`
          }
          value={draft.description}
          onChange={(event) => change({ description: event.target.value })}
        />
      </div>
      <LinesField
        name="activities"
        legend={t("experiences.field.activities")}
        hint={t("experiences.field.activitiesHint")}
        error={errors.activities}
        lineLabel="experiences.field.activity"
        removeLabel="experiences.activities.remove"
        moveLabels={{ up: "experiences.activities.up", down: "experiences.activities.down" }}
        maxLength={limits.activity}
        value={draft.activities}
        onChange={(activities) => change({ activities })}
      />
      <TextField
        name="tags"
        label={t("experiences.field.tags")}
        hint={t("experiences.field.tagsHint")}
        error={errors.tags}
        autoComplete="off"
        value={draft.tags}
        onChange={(event) => change({ tags: event.target.value })}
      />
      <div className="experience-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t("form.saving") : t("experiences.form.save")}
        </button>
        <Link href={experience ? `/${experience.id}` : "/"} className="button">
          {t("experiences.form.cancel")}
        </Link>
      </div>
    </form>
  );
}

/** Keyboard and screen-reader users land on the first field with a problem. */
function focusFirstProblem(form: HTMLFormElement, errors: FieldErrors<FormField>) {
  const first = formFields.find((field) => errors[field] !== undefined);
  if (!first) return;
  const name = first === "startDate" || first === "endDate" ? `${first}Year` : first;
  form.querySelector<HTMLElement>(`[name="${name}"]`)?.focus();
}
