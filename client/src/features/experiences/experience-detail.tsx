import { useId, useState } from "react";
import { Link, useLocation } from "wouter";
import type { Competency } from "../../../../shared/schemas/competency";
import type { Experience } from "../../../../shared/schemas/experience";
import { RecordComments } from "../../comments/record-comments";
import { linkEvidence } from "../../db/links";
import { deleteRecord } from "../../db/portfolio";
import { useI18n } from "../../i18n/use-i18n";
import { FormMessage } from "../../ui/form-message";
import { useAnnounceDeletion } from "../../ui/undo-delete";
import { useScreenTitle } from "../../ui/use-screen-title";
import { describeDates } from "./date-range";
import { competenciesBackedBy, type ExperiencePortfolio } from "./experience-data";

/** One experience: every field, the competencies it backs (link, unlink, add), edit, delete. */
export function ExperienceDetail({
  experience,
  portfolio,
}: {
  experience: Experience;
  portfolio: ExperiencePortfolio;
}) {
  const { t, locale } = useI18n();
  useScreenTitle(experience.title);
  const [, navigate] = useLocation();
  const announceDeletion = useAnnounceDeletion();
  const [failure, setFailure] = useState<string | null>(null);
  const where = [experience.organisation, experience.location].filter(Boolean).join(", ");

  const remove = async () => {
    setFailure(null);
    try {
      await deleteRecord("experience", experience.id);
      announceDeletion({ id: experience.id, label: experience.title });
      navigate("/");
    } catch (error) {
      console.error("Could not delete the experience", error);
      setFailure(t("experiences.error.saveFailed"));
    }
  };

  return (
    <article className="screen experience-detail" aria-labelledby="screen-title">
      <p className="experience-back">
        <Link href="/">{t("experiences.back")}</Link>
      </p>
      <p className="experience-card-kind">{t(`experiences.kind.${experience.kind}`)}</p>
      <h1 id="screen-title">{experience.title}</h1>
      <FormMessage kind="error">{failure}</FormMessage>
      <dl className="facts card">
        {where && (
          <>
            <dt>{t("experiences.detail.organisation")}</dt>
            <dd>{where}</dd>
          </>
        )}
        <dt>{t("experiences.detail.dates")}</dt>
        <dd data-testid="experience-dates">
          {describeDates(t, locale, experience.startDate, experience.endDate)}
        </dd>
        {experience.description && (
          <>
            <dt>{t("experiences.detail.description")}</dt>
            <dd className="experience-description">{experience.description}</dd>
          </>
        )}
        {experience.activities.length > 0 && (
          <>
            <dt>{t("experiences.detail.activities")}</dt>
            <dd>
              <ul className="experience-activities">
                {experience.activities.map((activity, index) => (
                  // Activities may repeat; their position is their identity here.
                  // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list in saved order
                  <li key={index}>{activity}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {experience.tags.length > 0 && (
          <>
            <dt>{t("experiences.detail.tags")}</dt>
            <dd>
              <ul className="experience-tags">
                {experience.tags.map((tag) => (
                  <li key={tag}>{tag}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>

      <LinkedCompetencies
        experience={experience}
        portfolio={portfolio}
        onFailure={() => setFailure(t("experiences.error.saveFailed"))}
      />

      <RecordComments target={{ table: "experience", id: experience.id }} />

      <div className="experience-actions">
        <Link href={`/${experience.id}/edit`} className="button button-primary">
          {t("experiences.detail.edit")}
        </Link>
        <button type="button" className="button button-danger" onClick={remove}>
          {t("experiences.detail.delete")}
        </button>
      </div>
    </article>
  );
}

/**
 * The competencies this experience backs, and a checklist of all the person's competencies to
 * link or unlink them (each tick writes the competency at once: links live on the competency).
 */
function LinkedCompetencies({
  experience,
  portfolio,
  onFailure,
}: {
  experience: Experience;
  portfolio: ExperiencePortfolio;
  onFailure: () => void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [choosing, setChoosing] = useState(false);
  const linked = competenciesBackedBy(portfolio.competencies, experience.id).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
  const all = [...portfolio.competencies].sort((a, b) => a.label.localeCompare(b.label, locale));

  // A tick shows at once. The wish holds until the competency as read has changed since it was
  // made (the write has landed), so the box neither lags nor flickers back.
  const [wished, setWished] = useState<ReadonlyMap<string, { on: boolean; seen: string }>>(
    new Map(),
  );
  const isChecked = (competency: Competency) => {
    const wish = wished.get(competency.id);
    return wish && wish.seen === competency.updatedAt
      ? wish.on
      : competency.evidence.experienceIds.includes(experience.id);
  };

  const toggle = (competency: Competency, on: boolean) => {
    setWished((previous) =>
      new Map(previous).set(competency.id, { on, seen: competency.updatedAt }),
    );
    linkEvidence(competency.id, { experienceId: experience.id }, on).catch((error: unknown) => {
      console.error("Could not change the link", error);
      setWished((previous) => {
        const next = new Map(previous);
        next.delete(competency.id);
        return next;
      });
      onFailure();
    });
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("experiences.detail.competencies")}</h2>
      {linked.length === 0 ? (
        <p>
          {all.length === 0
            ? t("experiences.detail.noCompetencyYet")
            : t("experiences.detail.noCompetency")}
        </p>
      ) : (
        <ul className="experience-competencies">
          {linked.map((competency) => (
            <li key={competency.id}>
              <Link href={`~/competencies/${competency.id}`}>{competency.label}</Link>
            </li>
          ))}
        </ul>
      )}
      <div className="experience-actions">
        {all.length > 0 && (
          <button
            type="button"
            className="button"
            aria-expanded={choosing}
            aria-controls={`${id}-choices`}
            onClick={() => setChoosing((open) => !open)}
          >
            {t("experiences.detail.choose")}
          </button>
        )}
        <Link href={`~/competencies/new?experience=${experience.id}`} className="button">
          {t("experiences.detail.newCompetency")}
        </Link>
      </div>
      <div id={`${id}-choices`} hidden={!choosing}>
        {choosing && (
          <fieldset className="experience-choices">
            <legend>{t("experiences.detail.chooseLegend")}</legend>
            {all.map((competency) => (
              <label key={competency.id} className="experience-choice">
                <input
                  type="checkbox"
                  checked={isChecked(competency)}
                  onChange={(event) => toggle(competency, event.target.checked)}
                />
                <span>{competency.label}</span>
              </label>
            ))}
          </fieldset>
        )}
      </div>
    </section>
  );
}
