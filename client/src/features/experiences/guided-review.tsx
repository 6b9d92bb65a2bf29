import type { ReactNode } from "react";
import type { ExperienceFields } from "../../../../shared/schemas/experience";
import { useI18n } from "../../i18n/use-i18n";
import { describeDates } from "./date-range";
import type { GuidedStep } from "./guided-steps";

type Props = {
  experience: ExperienceFields;
  onChange: (step: GuidedStep) => void;
  onBack: () => void;
  onSave: () => void;
};

/** The experience the answers make, section by section, each with a way back to its question. */
export function GuidedReview({ experience, onChange, onBack, onSave }: Props) {
  const { t, locale } = useI18n();
  const where = [experience.organisation, experience.location].filter(Boolean).join(", ");
  const empty = <span className="guided-review-empty">{t("experiences.guided.review.empty")}</span>;
  return (
    <div className="guided-review">
      <p>{t("experiences.guided.review.intro")}</p>
      <ReviewItem
        heading={t("experiences.field.kind")}
        steps={[["kind", t("experiences.field.kind")]]}
        onChange={onChange}
      >
        {t(`experiences.kind.${experience.kind}`)}
      </ReviewItem>
      <ReviewItem
        heading={t("experiences.field.title")}
        steps={[["what", t("experiences.field.title")]]}
        onChange={onChange}
      >
        <span data-testid="review-title">{experience.title}</span>
        {where && <span className="guided-review-where">{where}</span>}
      </ReviewItem>
      <ReviewItem
        heading={t("experiences.detail.dates")}
        steps={[["when", t("experiences.detail.dates")]]}
        onChange={onChange}
      >
        {describeDates(t, locale, experience.startDate, experience.endDate)}
      </ReviewItem>
      <ReviewItem
        heading={t("experiences.field.description")}
        steps={[
          ["situation", t("experiences.guided.situation.label")],
          ["result", t("experiences.guided.result.label")],
        ]}
        onChange={onChange}
      >
        {experience.description ? (
          <span className="experience-description" data-testid="review-description">
            {experience.description}
          </span>
        ) : (
          empty
        )}
      </ReviewItem>
      <ReviewItem
        heading={t("experiences.field.activities")}
        steps={[["actions", t("experiences.field.activities")]]}
        onChange={onChange}
      >
        {experience.activities.length > 0 ? (
          <ul className="experience-activities" data-testid="review-activities">
            {experience.activities.map((activity, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list in the order given
              <li key={index}>{activity}</li>
            ))}
          </ul>
        ) : (
          empty
        )}
      </ReviewItem>
      <div className="guided-nav">
        <button type="button" className="button" onClick={onBack}>
          {t("experiences.guided.back")}
        </button>
        <button type="button" className="button button-primary" onClick={onSave}>
          {t("experiences.guided.review.save")}
        </button>
      </div>
    </div>
  );
}

function ReviewItem({
  heading,
  steps,
  onChange,
  children,
}: {
  heading: string;
  /** The steps this section comes from, each with the name its "Modifier" button reads. */
  steps: [GuidedStep, string][];
  onChange: (step: GuidedStep) => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className="guided-review-item">
      <h2>{heading}</h2>
      <div className="guided-review-value">{children}</div>
      <div className="guided-review-changes">
        {steps.map(([step, name]) => (
          <button
            key={step}
            type="button"
            className="button"
            aria-label={t("experiences.guided.review.changeNamed", { section: name })}
            onClick={() => onChange(step)}
          >
            {steps.length > 1
              ? t("experiences.guided.review.changeNamed", { section: name })
              : t("experiences.guided.review.change")}
          </button>
        ))}
      </div>
    </section>
  );
}
