import { type FormEvent, useId, useState } from "react";
import { Link, useLocation } from "wouter";
import type { Competency } from "../../../../shared/schemas/competency";
import type { Experience } from "../../../../shared/schemas/experience";
import { type Proof, proofKinds } from "../../../../shared/schemas/proof";
import { FilePickButton } from "../../blobs/file-pick-button";
import { type PreparedFile, prepareFile } from "../../blobs/store-file";
import { InvalidRecordError } from "../../db/portfolio";
import { useI18n } from "../../i18n/use-i18n";
import { FormMessage } from "../../ui/form-message";
import { PartialDateField, partsOfDate } from "../../ui/partial-date-field";
import { TextField } from "../../ui/text-field";
import type { FieldErrors } from "../../ui/validation";
import { Checklist } from "./checklist";
import { FilePreview } from "./file-preview";
import { fileProblemMessage } from "./file-problem";
import {
  checkProofDraft,
  ISSUER_MAX,
  type ProofDraft,
  type ProofField,
  proofFields,
  saveProof,
  TITLE_MAX,
  titleFromFileName,
} from "./proof-draft";

const imageTypes = "image/*";
const documentTypes = "application/pdf,image/jpeg,image/png,image/webp";

/** Where keyboard focus goes for each field's problem. */
const fieldInput: Record<ProofField, string> = {
  file: "file",
  title: "title",
  kind: "kind",
  issuer: "issuer",
  date: "dateYear",
};

function draftOf(proof: Proof | null, competencies: readonly Competency[]): ProofDraft {
  return {
    title: proof?.title ?? "",
    kind: proof?.kind ?? "attestation",
    issuer: proof?.issuer ?? "",
    date: partsOfDate(proof?.date ?? null),
    experienceIds: proof?.experienceIds ?? [],
    competencyIds: proof
      ? competencies.filter((item) => item.evidence.proofIds.includes(proof.id)).map((c) => c.id)
      : [],
  };
}

/** The add and edit form of a proof: the file first, then what it is, then what it backs. */
export function ProofForm({
  proof,
  experiences,
  competencies,
}: {
  proof: Proof | null;
  experiences: readonly Experience[];
  competencies: readonly Competency[];
}) {
  const { t, locale } = useI18n();
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState(() => draftOf(proof, competencies));
  const [file, setFile] = useState<PreparedFile | null>(null);
  const [reading, setReading] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<ProofField>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const fileHintId = useId();
  const fileErrorId = useId();

  const update = (change: Partial<ProofDraft>) =>
    setDraft((current) => ({ ...current, ...change }));

  const pick = async (picked: File) => {
    setReading(true);
    try {
      const prepared = await prepareFile(picked);
      setFile(prepared);
      setErrors(({ file: _dropped, ...others }) => others);
      const title = titleFromFileName(picked.name);
      setDraft((current) => (current.title.trim() === "" ? { ...current, title } : current));
    } catch (error) {
      const problem = fileProblemMessage(error, picked, locale);
      setErrors((current) => ({ ...current, file: t(problem.key, problem.params) }));
    } finally {
      setReading(false);
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setSaveError(null);
    const checked = checkProofDraft(draft, file?.ref ?? proof?.blob ?? null, t);
    if ("errors" in checked) {
      setErrors(checked.errors);
      const first = proofFields.find((field) => checked.errors[field] !== undefined);
      if (first) focusByName(form, fieldInput[first]);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const id = await saveProof({
        id: proof?.id ?? null,
        fields: checked.fields,
        competencyIds: draft.competencyIds,
        competencies,
        file,
      });
      navigate(`/${id}`, { replace: true });
    } catch (error) {
      console.error("[skillfolio] could not save a proof", error);
      setSaveError(
        error instanceof InvalidRecordError ? t("error.invalid_input") : t("proofs.saveFailed"),
      );
      setSaving(false);
    }
  };

  const toggle = (list: "experienceIds" | "competencyIds", id: string, checked: boolean) =>
    setDraft((current) => ({
      ...current,
      [list]: checked ? [...current[list], id] : current[list].filter((other) => other !== id),
    }));

  const fileDescribedBy = [errors.file ? fileErrorId : null, fileHintId].filter(Boolean).join(" ");

  return (
    <form className="form proof-form" noValidate onSubmit={submit}>
      <FormMessage kind="error">{saveError}</FormMessage>
      <fieldset className="field proof-file" aria-describedby={fileDescribedBy}>
        <legend>{t("proofs.file.legend")}</legend>
        <p id={fileHintId} className="field-hint">
          {t("proofs.file.hint")}
        </p>
        {errors.file && (
          <p id={fileErrorId} className="field-error" role="alert">
            {errors.file}
          </p>
        )}
        <FilePreview file={file} proof={proof} />
        {reading && <p role="status">{t("proofs.file.reading")}</p>}
        <div className="proof-file-buttons">
          <FilePickButton
            name="file"
            label={t("proofs.file.takePhoto")}
            accept={imageTypes}
            capture="environment"
            primary={!file && !proof}
            describedBy={fileDescribedBy}
            onFile={pick}
          />
          <FilePickButton
            name="fileChoose"
            label={t("proofs.file.choose")}
            accept={documentTypes}
            describedBy={fileDescribedBy}
            onFile={pick}
          />
        </div>
      </fieldset>

      <TextField
        name="title"
        label={t("proofs.field.title")}
        hint={t("proofs.field.titleHint")}
        maxLength={TITLE_MAX}
        autoComplete="off"
        value={draft.title}
        onChange={(event) => update({ title: event.target.value })}
        error={errors.title}
      />
      <div className="field">
        <label htmlFor="proof-kind">{t("proofs.field.kind")}</label>
        {errors.kind && <p className="field-error">{errors.kind}</p>}
        <select
          id="proof-kind"
          name="kind"
          value={draft.kind}
          onChange={(event) => {
            const kind = proofKinds.find((option) => option === event.target.value);
            if (kind) update({ kind });
          }}
        >
          {proofKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`proofs.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        name="issuer"
        label={t("proofs.field.issuer")}
        hint={t("proofs.field.issuerHint")}
        maxLength={ISSUER_MAX}
        autoComplete="organization"
        value={draft.issuer}
        onChange={(event) => update({ issuer: event.target.value })}
        error={errors.issuer}
      />
      <PartialDateField
        name="date"
        locale={locale}
        labels={{
          legend: t("proofs.field.date"),
          year: t("proofs.date.year"),
          month: t("proofs.date.month"),
          day: t("proofs.date.day"),
          none: t("proofs.date.none"),
        }}
        hint={t("proofs.field.dateHint")}
        error={errors.date}
        value={draft.date}
        onChange={(date) => update({ date })}
      />

      <Checklist
        legend={t("proofs.links.experiences")}
        empty={t("proofs.links.noExperiences")}
        options={experiences.map((item) => ({
          id: item.id,
          label: item.title,
          detail: item.organisation,
        }))}
        checked={draft.experienceIds}
        onToggle={(id, checked) => toggle("experienceIds", id, checked)}
      />
      <Checklist
        legend={t("proofs.links.competencies")}
        empty={t("proofs.links.noCompetencies")}
        options={competencies.map((item) => ({ id: item.id, label: item.label, detail: "" }))}
        checked={draft.competencyIds}
        onToggle={(id, checked) => toggle("competencyIds", id, checked)}
      />

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving || reading}>
          {saving ? t("form.saving") : t("proofs.save")}
        </button>
        <Link href={proof ? `/${proof.id}` : "/"} className="button">
          {t("proofs.cancel")}
        </Link>
      </div>
    </form>
  );
}

function focusByName(form: HTMLFormElement, name: string) {
  const element = form.elements.namedItem(name);
  if (element instanceof HTMLElement) element.focus();
}
