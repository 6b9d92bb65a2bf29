import { useState } from "react";
import { Link, useLocation } from "wouter";
import { locales } from "../../../../shared/schemas/common";
import { type Cv, type CvFields, cvTemplates } from "../../../../shared/schemas/cv";
import { deleteRecord, saveRecord } from "../../db/portfolio";
import { useI18n } from "../../i18n/use-i18n";
import { FormMessage } from "../../ui/form-message";
import { TextField } from "../../ui/text-field";
import { useAnnounceDeletion } from "../../ui/undo-delete";
import { useScreenTitle } from "../../ui/use-screen-title";
import { textRuleError } from "../../ui/validation";
import type { CvPortfolio } from "./cv-data";
import { CvExport } from "./cv-export";
import { CvPreviewPanel } from "./cv-preview-panel";
import { SelectionList } from "./selection-list";
import { type SaveStatus, useCvSaver } from "./use-cv-saver";

type View = "edit" | "preview";

/**
 * One CV: everything saves on this device as it is changed (text after a short pause), so the
 * preview and the PDF always show what is on screen, online or not.
 */
export function CvEditor({ cv: stored, portfolio }: { cv: Cv; portfolio: CvPortfolio }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const announceDeletion = useAnnounceDeletion();
  const { current: cv, save, flush, status, failure } = useCvSaver(stored);
  useScreenTitle(cv.title);
  const [title, setTitle] = useState(cv.title);
  const [headline, setHeadline] = useState(cv.headline ?? "");
  const [summary, setSummary] = useState(cv.summary ?? "");
  const [view, setView] = useState<View>("edit");
  const [actionFailure, setActionFailure] = useState<string | null>(null);
  // A text the rule refuses stays on screen with its message and is not saved until fixed.
  const titleError =
    title.trim() === "" ? t("cvs.field.title.required") : textRuleError(title, "line", t);
  const headlineError = textRuleError(headline, "line", t);
  const summaryError = textRuleError(summary, "multiline", t);
  const profileHeadline = portfolio.profile?.headline.trim() ?? "";

  const remove = async () => {
    try {
      // What is still waiting is written first, so undoing the delete brings it back too.
      await flush();
      await deleteRecord("cv", cv.id);
      announceDeletion({ id: cv.id, label: cv.title });
      navigate("/");
    } catch (error) {
      console.error("Could not delete the CV", error);
      setActionFailure(t("cvs.saveFailed", { reason: t("error.unexpected") }));
    }
  };

  const duplicate = async () => {
    const { id: _id, ownerId: _o, version: _v, deleted: _d, updatedAt: _u, ...fields } = cv;
    try {
      const id = await saveRecord("cv", null, {
        ...fields,
        title: t("cvs.duplicateTitle", { title: cv.title }).slice(0, 200),
      } satisfies CvFields);
      navigate(`/${id}`);
    } catch (error) {
      console.error("Could not duplicate the CV", error);
      setActionFailure(t("cvs.saveFailed", { reason: t("error.unexpected") }));
    }
  };

  return (
    <section className={`screen cv-editor cv-view-${view}`} aria-labelledby="screen-title">
      <p className="back-link">
        <Link href="/">{t("cvs.back")}</Link>
      </p>
      <h1 id="screen-title">{cv.title}</h1>
      <SaveMessage status={status} failure={failure} />
      <fieldset className="cv-view-switch">
        <legend className="visually-hidden">{t("cvs.tabs.label")}</legend>
        {(["edit", "preview"] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="button"
            aria-pressed={view === option}
            onClick={() => setView(option)}
          >
            {t(`cvs.tabs.${option}`)}
          </button>
        ))}
      </fieldset>

      <div className="cv-editor-layout">
        <form className="form cv-form" onSubmit={(event) => event.preventDefault()}>
          <h2 className="visually-hidden">{t("cvs.edit.heading")}</h2>
          <TextField
            name="title"
            label={t("cvs.field.title")}
            hint={t("cvs.field.title.hint")}
            value={title}
            maxLength={200}
            error={titleError}
            onChange={(event) => {
              const value = event.target.value;
              setTitle(value);
              if (value.trim() !== "" && !textRuleError(value, "line", t))
                save({ title: value }, "typing");
            }}
          />

          <fieldset className="choice-group">
            <legend>{t("cvs.field.language")}</legend>
            {locales.map((language) => (
              <label key={language} className="choice">
                <input
                  type="radio"
                  name="language"
                  value={language}
                  checked={cv.language === language}
                  onChange={() => save({ language })}
                />
                <span lang={language}>{language === "fr" ? "Français" : "English"}</span>
              </label>
            ))}
          </fieldset>

          <fieldset className="choice-group">
            <legend>{t("cvs.field.template")}</legend>
            {cvTemplates.map((template) => (
              <label key={template} className="choice">
                <input
                  type="radio"
                  name="template"
                  value={template}
                  checked={cv.template === template}
                  onChange={() => save({ template })}
                />
                <span className="choice-text">
                  <span className="choice-label">{t(`cvs.template.${template}`)}</span>
                  <span className="choice-description">{t(`cvs.template.${template}.hint`)}</span>
                </span>
              </label>
            ))}
          </fieldset>

          <TextField
            name="headline"
            label={t("cvs.field.headline")}
            hint={
              profileHeadline
                ? t("cvs.field.headline.hint", { profile: profileHeadline })
                : t("cvs.field.headline.hintEmpty")
            }
            value={headline}
            maxLength={200}
            error={headlineError}
            onChange={(event) => {
              const value = event.target.value;
              setHeadline(value);
              if (textRuleError(value, "line", t)) return;
              save({ headline: value.trim() === "" ? null : value }, "typing");
            }}
          />
          <div className="field">
            <label htmlFor="cv-summary">{t("cvs.field.summary")}</label>
            <p id="cv-summary-hint" className="field-hint">
              {t("cvs.field.summary.hint")}
            </p>
            {summaryError && (
              <p id="cv-summary-error" className="field-error">
                {summaryError}
              </p>
            )}
            <textarea
              id="cv-summary"
              name="summary"
              rows={5}
              maxLength={4000}
              aria-invalid={summaryError ? true : undefined}
              aria-describedby={
                summaryError ? "cv-summary-error cv-summary-hint" : "cv-summary-hint"
              }
              value={summary}
              onChange={(event) => {
                const value = event.target.value;
                setSummary(value);
                if (textRuleError(value, "multiline", t)) return;
                save({ summary: value.trim() === "" ? null : value }, "typing");
              }}
            />
          </div>

          <SelectionList
            legend={t("cvs.experiences.legend")}
            empty={t("cvs.selection.emptyExperiences")}
            selected={cv.experienceIds}
            records={portfolio.experiences.map((experience) => ({
              id: experience.id,
              label: experience.title,
              detail: [experience.organisation, experience.startDate?.slice(0, 4)]
                .filter(Boolean)
                .join(" · "),
            }))}
            onChange={(experienceIds) => save({ experienceIds })}
          />
          <SelectionList
            legend={t("cvs.competencies.legend")}
            empty={t("cvs.selection.emptyCompetencies")}
            selected={cv.competencyIds}
            records={portfolio.competencies.map((competency) => ({
              id: competency.id,
              label: competency.label,
              detail: t(`competencies.category.${competency.category}`),
            }))}
            onChange={(competencyIds) => save({ competencyIds })}
          />
        </form>

        <div className="cv-editor-side">
          <CvPreviewPanel cv={cv} portfolio={portfolio} />
          <CvExport cv={cv} portfolio={portfolio} />
          <div className="cv-actions">
            <button type="button" className="button" onClick={duplicate}>
              {t("cvs.duplicate")}
            </button>
            <button type="button" className="button button-danger" onClick={remove}>
              {t("cvs.delete")}
            </button>
          </div>
          <FormMessage kind="error">{actionFailure}</FormMessage>
        </div>
      </div>
    </section>
  );
}

function SaveMessage({ status, failure }: { status: SaveStatus; failure: string | null }) {
  const { t } = useI18n();
  const text =
    status === "saving"
      ? t("cvs.saving")
      : status === "saved"
        ? t("cvs.saved")
        : status === "failed"
          ? t("cvs.saveFailed", { reason: failure ?? t("error.unexpected") })
          : "";
  return (
    <p className={`cv-save-status cv-save-${status}`} role="status">
      {text}
    </p>
  );
}
