import { useState } from "react";
import { Link } from "wouter";
import {
  type Experience,
  type ExperienceKind,
  experienceKinds,
} from "../../../../shared/schemas/experience";
import { useI18n } from "../../i18n/use-i18n";
import { useScreenTitle } from "../../ui/use-screen-title";
import { describeDates } from "./date-range";
import { competenciesBackedBy, type ExperiencePortfolio } from "./experience-data";
import { filterExperiences, groupTimeline, sortTimeline, type TimelineGroup } from "./timeline";

/** The timeline: every experience, latest first, with a kind filter and a search. */
export function ExperienceList({ portfolio }: { portfolio: ExperiencePortfolio }) {
  const { t } = useI18n();
  useScreenTitle(t("experiences.title"));
  const [query, setQuery] = useState("");
  const [kind, setKind] = useState<ExperienceKind | "all">("all");
  const { experiences } = portfolio;
  const kinds = experienceKinds.filter((option) =>
    experiences.some((experience) => experience.kind === option),
  );
  const shown = sortTimeline(filterExperiences(experiences, { kind, query }));
  const filtering = query.trim() !== "" || kind !== "all";

  return (
    <section className="screen experiences" aria-labelledby="screen-title">
      <div className="experiences-heading">
        <h1 id="screen-title">{t("experiences.title")}</h1>
        {experiences.length > 0 && (
          <Link href="/guided" className="button experiences-guided-link">
            {t("experiences.guided")}
          </Link>
        )}
      </div>
      {portfolio.unreadable > 0 && (
        <p className="notice">{t("experiences.unreadable", { count: portfolio.unreadable })}</p>
      )}
      {experiences.length === 0 ? (
        <EmptyTimeline />
      ) : (
        <>
          <search className="experiences-filters">
            <div className="field">
              <label htmlFor="experiences-query">{t("experiences.filter.search")}</label>
              <input
                id="experiences-query"
                type="search"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
            </div>
            {kinds.length > 1 && (
              <fieldset className="experience-chips">
                <legend>{t("experiences.filter.kind")}</legend>
                {(["all", ...kinds] as const).map((option) => (
                  <button
                    key={option}
                    type="button"
                    className="experience-chip"
                    aria-pressed={kind === option}
                    onClick={() => setKind(option)}
                  >
                    {option === "all"
                      ? t("experiences.filter.all")
                      : t(`experiences.kind.${option}`)}
                  </button>
                ))}
              </fieldset>
            )}
          </search>
          <p className="experiences-count" role="status" data-testid="experiences-count">
            {filtering
              ? t("experiences.filter.shown", { count: shown.length, total: experiences.length })
              : t("experiences.count", { count: experiences.length })}
          </p>
          {shown.length === 0 && <p>{t("experiences.filter.none")}</p>}
          {groupTimeline(shown).map((group) => (
            <TimelineSection key={group.key} group={group} portfolio={portfolio} />
          ))}
        </>
      )}
      <Link href="/new" className="button button-primary experiences-add">
        <span aria-hidden="true" className="experiences-add-plus">
          +
        </span>
        {t("experiences.add")}
      </Link>
    </section>
  );
}

function EmptyTimeline() {
  const { t } = useI18n();
  return (
    <div className="notice experiences-empty">
      <p className="notice-title">{t("experiences.empty.title")}</p>
      <p>{t("experiences.empty.body")}</p>
      <div className="experiences-empty-actions">
        <Link href="/guided" className="button button-primary">
          {t("experiences.guided")}
        </Link>
        <p className="field-hint">{t("experiences.guidedHint")}</p>
      </div>
    </div>
  );
}

function TimelineSection({
  group,
  portfolio,
}: {
  group: TimelineGroup<Experience>;
  portfolio: ExperiencePortfolio;
}) {
  const { t } = useI18n();
  const headingId = `timeline-${group.key}`;
  const heading =
    group.heading.kind === "year"
      ? group.heading.year
      : t(`experiences.group.${group.heading.kind}`);
  return (
    <section className="timeline-group" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul className="timeline">
        {group.experiences.map((experience) => (
          <ExperienceCard key={experience.id} experience={experience} portfolio={portfolio} />
        ))}
      </ul>
    </section>
  );
}

function ExperienceCard({
  experience,
  portfolio,
}: {
  experience: Experience;
  portfolio: ExperiencePortfolio;
}) {
  const { t, locale } = useI18n();
  const backed = competenciesBackedBy(portfolio.competencies, experience.id).length;
  const where = [experience.organisation, experience.location].filter(Boolean).join(", ");
  return (
    <li className="experience-card">
      <p className="experience-card-kind">{t(`experiences.kind.${experience.kind}`)}</p>
      <Link href={`/${experience.id}`} className="experience-card-link">
        {experience.title}
      </Link>
      {where && <p className="experience-card-where">{where}</p>}
      <p className="experience-card-meta">
        <span>{describeDates(t, locale, experience.startDate, experience.endDate)}</span>
        <span>
          {backed === 0
            ? t("experiences.competencyNone")
            : t("experiences.competencyCount", { count: backed })}
        </span>
      </p>
    </li>
  );
}
