import { useLiveQuery } from "dexie-react-hooks";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import { competencySchema } from "../../../../shared/schemas/competency";
import { type Cv, cvSchema } from "../../../../shared/schemas/cv";
import { experienceSchema } from "../../../../shared/schemas/experience";
import { proofSchema } from "../../../../shared/schemas/proof";
import { type HideableField, hideableFields } from "../../../../shared/schemas/sharing";
import { readRecords } from "../../db/portfolio";
import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { ApiRequestError } from "../../lib/api-error";
import { FormMessage } from "../../ui/form-message";
import { TextField } from "../../ui/text-field";
import { useScreenTitle } from "../../ui/use-screen-title";
import { emailError, type FieldErrors, focusFirstError } from "../../ui/validation";
import { ConsentSummary, type PortfolioCounts } from "./consent-summary";
import { expiresAtFor, expiryBounds, expiryProblem } from "./share-expiry";
import { useCreateShare } from "./shares-api";

/** Private by default: an adviser rarely needs the date of birth or the home address. */
const hiddenByDefault: HideableField[] = ["birthDate", "address"];

/** Server refusals that are about the adviser's address, shown on that field. */
const emailCodes = new Set(["adviser_not_found", "not_an_adviser", "share_with_self"]);

type Field = "adviserEmail" | "expiresOn";

export type ShareDraft = {
  adviserEmail: string;
  /** "portfolio", or the id of one of the person's CVs. */
  scope: string;
  expiresOn: string;
  hidden: HideableField[];
};

async function readPortfolio(): Promise<{ cvs: Cv[]; counts: PortfolioCounts }> {
  const [cvs, experiences, competencies, proofs] = await Promise.all([
    readRecords("cv", cvSchema),
    readRecords("experience", experienceSchema),
    readRecords("competency", competencySchema),
    readRecords("proof", proofSchema),
  ]);
  return {
    cvs: cvs.records.sort((a, b) => a.title.localeCompare(b.title)),
    counts: {
      experiences: experiences.records.length,
      competencies: competencies.records.length,
      proofs: proofs.records.length,
    },
  };
}

/**
 * Sharing in two steps: the choices (adviser, what, until when, what to hide), then a consent
 * step that says in plain words what the adviser will and will not see. Nothing is sent before
 * the person agrees; a refusal from the server brings them back to the field concerned.
 */
export function ShareFormScreen() {
  const { t, locale } = useI18n();
  useScreenTitle(t("share.title"));
  const [, navigate] = useLocation();
  const portfolio = useLiveQuery(readPortfolio, []);
  const create = useCreateShare();
  const [today] = useState(() => new Date());
  const bounds = expiryBounds(today);
  const [step, setStep] = useState<"choose" | "consent">("choose");
  const [draft, setDraft] = useState<ShareDraft>({
    adviserEmail: "",
    scope: "portfolio",
    expiresOn: bounds.defaultDate,
    hidden: hiddenByDefault,
  });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const consentRef = useRef<HTMLHeadingElement>(null);
  const ids = useId();
  const longDate = (day: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date(`${day}T12:00:00`));

  useEffect(() => {
    if (step === "consent") consentRef.current?.focus();
  }, [step]);

  const check = (): FieldErrors<Field> => {
    const found: FieldErrors<Field> = {};
    const email = emailError(draft.adviserEmail, t);
    if (email) found.adviserEmail = email;
    const expiry = expiryProblem(draft.expiresOn, today);
    if (expiry === "required") found.expiresOn = t("field.required");
    if (expiry === "past") found.expiresOn = t("share.expiryPast");
    if (expiry === "too-far")
      found.expiresOn = t("share.expiryTooFar", { max: longDate(bounds.max) });
    return found;
  };

  const next = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = check();
    setErrors(found);
    setServerError(null);
    if (Object.keys(found).length > 0) {
      focusFirstError(event.currentTarget, found, ["adviserEmail", "expiresOn"]);
      return;
    }
    setStep("consent");
  };

  const confirm = () => {
    const cv = draft.scope === "portfolio" ? null : draft.scope;
    create.mutate(
      {
        adviserEmail: draft.adviserEmail.trim(),
        scope: cv ? "cv" : "portfolio",
        cvId: cv,
        expiresAt: expiresAtFor(draft.expiresOn, new Date()),
        hiddenFields: draft.hidden,
      },
      {
        onSuccess: (share) =>
          navigate("/", { replace: true, state: { shared: share.adviser.displayName } }),
        onError: (error) => {
          const message = errorMessage(error, t);
          const code = error instanceof ApiRequestError ? error.code : null;
          // Back to the choices, the problem next to the field it concerns.
          if (code && emailCodes.has(code)) setErrors({ adviserEmail: message });
          else if (code === "invalid_expiry") setErrors({ expiresOn: message });
          else setServerError(message);
          setStep("choose");
        },
      },
    );
  };

  useEffect(() => {
    if (step !== "choose" || !formRef.current) return;
    const order: Field[] = ["adviserEmail", "expiresOn"];
    if (Object.keys(errors).length > 0 && create.isError)
      focusFirstError(formRef.current, errors, order);
  }, [step, errors, create.isError]);

  const cvs = portfolio?.cvs ?? [];
  const chosenCv = cvs.find((cv) => cv.id === draft.scope) ?? null;
  const toggleHidden = (field: HideableField, hide: boolean) =>
    setDraft((current) => ({
      ...current,
      hidden: hide
        ? hideableFields.filter((name) => name === field || current.hidden.includes(name))
        : current.hidden.filter((name) => name !== field),
    }));

  return (
    <section className="screen sharing share-form" aria-labelledby="screen-title">
      <p className="back-link">
        <Link href="/">{t("share.back")}</Link>
      </p>
      <h1 id="screen-title">{t("share.title")}</h1>
      <p className="share-step">{t("share.step", { step: step === "choose" ? 1 : 2 })}</p>

      {step === "choose" ? (
        <form ref={formRef} className="form" noValidate onSubmit={next}>
          <FormMessage kind="error">{serverError}</FormMessage>
          <TextField
            name="adviserEmail"
            type="email"
            label={t("share.email")}
            hint={t("share.emailHint")}
            autoComplete="off"
            inputMode="email"
            spellCheck={false}
            value={draft.adviserEmail}
            onChange={(event) => setDraft({ ...draft, adviserEmail: event.target.value })}
            error={errors.adviserEmail}
          />

          <fieldset className="choice-group">
            <legend>{t("share.scope")}</legend>
            <label className="choice">
              <input
                type="radio"
                name="scope"
                value="portfolio"
                checked={draft.scope === "portfolio"}
                onChange={() => setDraft({ ...draft, scope: "portfolio" })}
              />
              <span className="choice-text">
                <span className="choice-label">{t("share.scope.portfolio")}</span>
                <span className="choice-description">{t("share.scope.portfolioHint")}</span>
              </span>
            </label>
            {cvs.map((cv) => (
              <label key={cv.id} className="choice">
                <input
                  type="radio"
                  name="scope"
                  value={cv.id}
                  checked={draft.scope === cv.id}
                  onChange={() => setDraft({ ...draft, scope: cv.id })}
                />
                <span className="choice-text">
                  <span className="choice-label">{t("share.scope.cv", { title: cv.title })}</span>
                  <span className="choice-description">{t("share.scope.cvHint")}</span>
                </span>
              </label>
            ))}
            {portfolio && cvs.length === 0 && <p className="field-hint">{t("share.scope.noCv")}</p>}
          </fieldset>

          <TextField
            name="expiresOn"
            type="date"
            label={t("share.expiry")}
            hint={t("share.expiryHint", { max: longDate(bounds.max) })}
            min={bounds.min}
            max={bounds.max}
            value={draft.expiresOn}
            onChange={(event) => setDraft({ ...draft, expiresOn: event.target.value })}
            error={errors.expiresOn}
          />

          <fieldset className="choice-group" aria-describedby={`${ids}-hide-hint`}>
            <legend>{t("share.hide")}</legend>
            <p id={`${ids}-hide-hint`} className="field-hint">
              {t("share.hideHint")}
            </p>
            {hideableFields.map((field) => (
              <label key={field} className="choice">
                <input
                  type="checkbox"
                  name="hiddenFields"
                  value={field}
                  checked={draft.hidden.includes(field)}
                  onChange={(event) => toggleHidden(field, event.target.checked)}
                />
                <span className="choice-text">
                  <span className="choice-label">{t(`sharing.field.${field}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>

          <div className="form-actions">
            <button type="submit" className="button button-primary">
              {t("share.next")}
            </button>
          </div>
        </form>
      ) : (
        <div className="consent">
          <h2 ref={consentRef} tabIndex={-1}>
            {t("share.consent.title")}
          </h2>
          <ConsentSummary
            adviser={draft.adviserEmail.trim()}
            until={longDate(draft.expiresOn)}
            hidden={draft.hidden}
            cv={chosenCv}
            counts={portfolio?.counts ?? { experiences: 0, competencies: 0, proofs: 0 }}
          />
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={create.isPending}
              onClick={confirm}
            >
              {create.isPending ? t("share.pending") : t("share.confirm")}
            </button>
            <button
              type="button"
              className="button"
              disabled={create.isPending}
              onClick={() => setStep("choose")}
            >
              {t("share.edit")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
