import { type FormEvent, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import type { ExperienceFields } from "../../../../shared/schemas/experience";
import { saveRecord } from "../../db/portfolio";
import { useI18n } from "../../i18n/use-i18n";
import { FormMessage } from "../../ui/form-message";
import { useScreenTitle } from "../../ui/use-screen-title";
import type { ExperiencePortfolio } from "./experience-data";
import { composeExperience } from "./guided-composition";
import { GuidedQuestion } from "./guided-questions";
import { GuidedReview } from "./guided-review";
import {
  answersOf,
  checkStep,
  emptyGuidedState,
  type GuidedState,
  guidedSteps,
  type StepErrors,
} from "./guided-steps";
import { GuidedSuggestions } from "./guided-suggestions";

const REVIEW = guidedSteps.length;

/**
 * The guided entry: one short question per screen (kind, what and where, when, situation, what
 * was done, what came of it), then a review of the experience the answers make, then suggested
 * competencies. Moving between steps puts the focus on the new question, so it is read out.
 */
export function GuidedEntry({ portfolio }: { portfolio: ExperiencePortfolio }) {
  const { t, locale } = useI18n();
  const [, navigate] = useLocation();
  const [step, setStep] = useState(0);
  const [state, setState] = useState<GuidedState>(emptyGuidedState);
  const [errors, setErrors] = useState<StepErrors>({});
  const [saved, setSaved] = useState<{ id: string; experience: ExperienceFields } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const current = guidedSteps[step];
  const experience = composeExperience(answersOf(state), t("experiences.guided.result.leadIn"));
  const title = saved
    ? t("experiences.guided.suggest.title")
    : current
      ? t(`experiences.guided.${current}.question`)
      : t("experiences.guided.review.title");
  useScreenTitle(title);

  /** After the next paint, the new question's heading (its h1) takes the focus and is read out. */
  const focusHeading = () =>
    requestAnimationFrame(() => {
      window.scrollTo?.(0, 0);
      heading.current?.focus();
    });

  const goTo = (next: number) => {
    setErrors({});
    setFailure(null);
    setStep(next);
    focusHeading();
  };

  const next = (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (!current) return;
    const found = checkStep(current, state, t, locale);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0] ?? "";
      const name = first === "start" || first === "end" ? `${first}Year` : first;
      event?.currentTarget.querySelector<HTMLElement>(`[name="${name}"]`)?.focus();
      return;
    }
    goTo(step + 1);
  };

  const save = async () => {
    setFailure(null);
    try {
      const id = await saveRecord("experience", null, experience);
      setSaved({ id, experience });
      focusHeading();
    } catch (error) {
      console.error("Could not save the experience", error);
      setFailure(t("experiences.error.saveFailed"));
    }
  };

  if (saved) {
    return (
      <GuidedSuggestions
        ref={heading}
        experienceId={saved.id}
        experience={saved.experience}
        portfolio={portfolio}
        onDone={() => navigate(`/${saved.id}`, { replace: true })}
      />
    );
  }

  return (
    <section className="screen guided" aria-labelledby="screen-title">
      <div className="guided-top">
        <p className="guided-progress" data-testid="guided-progress">
          {current
            ? t("experiences.guided.step", { step: step + 1, total: guidedSteps.length })
            : t("experiences.guided.title")}
        </p>
        <Link href="/" className="button guided-quit">
          {t("experiences.guided.quit")}
        </Link>
      </div>
      <div className="guided-bar" aria-hidden="true">
        <div
          className="guided-bar-fill"
          style={{ width: `${(Math.min(step + 1, REVIEW) / REVIEW) * 100}%` }}
        />
      </div>
      <h1 id="screen-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <FormMessage kind="error">{failure}</FormMessage>
      {current ? (
        <form className="form guided-form" noValidate onSubmit={next}>
          <GuidedQuestion
            step={current}
            state={state}
            errors={errors}
            onChange={(change) => setState((previous) => ({ ...previous, ...change }))}
            onKindPicked={() => goTo(step + 1)}
          />
          {(step > 0 || state.kind !== null) && (
            <div className="guided-nav">
              {step > 0 && (
                <button type="button" className="button" onClick={() => goTo(step - 1)}>
                  {t("experiences.guided.back")}
                </button>
              )}
              {(current !== "kind" || state.kind !== null) && (
                <button type="submit" className="button button-primary">
                  {t("experiences.guided.next")}
                </button>
              )}
            </div>
          )}
        </form>
      ) : (
        <GuidedReview
          experience={experience}
          onChange={(target) => goTo(guidedSteps.indexOf(target))}
          onBack={() => goTo(step - 1)}
          onSave={save}
        />
      )}
    </section>
  );
}
