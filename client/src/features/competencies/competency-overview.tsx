import { useState } from "react";
import { Link } from "wouter";
import {
  type Competency,
  type CompetencyCategory,
  competencyCategories,
  competencyCategorySchema,
} from "../../../../shared/schemas/competency";
import { normaliseForSearch } from "../../../../shared/taxonomy/normalise";
import { useI18n } from "../../i18n/use-i18n";
import { useScreenTitle } from "../../ui/use-screen-title";
import { backingOf, evidenceCount, summariseBacking } from "./backing";
import { BackingBadge } from "./backing-badge";
import { levelOf } from "./levels";
import type { CompetencyPortfolio } from "./portfolio-data";

/** The portfolio overview: every competency, how it is backed, by category, with a search. */
export function CompetencyOverview({ portfolio }: { portfolio: CompetencyPortfolio }) {
  const { t, locale } = useI18n();
  useScreenTitle(t("competencies.title"));
  const [query, setQuery] = useState("");
  const [category, setCategory] = useState<CompetencyCategory | "all">("all");
  const { competencies, live } = portfolio;
  const summary = summariseBacking(competencies, live);
  const words = normaliseForSearch(query);
  const shown = competencies
    .filter((competency) => category === "all" || competency.category === category)
    .filter((competency) => words === "" || normaliseForSearch(competency.label).includes(words))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const groups = competencyCategories
    .map((group) => ({
      group,
      members: shown.filter((competency) => competency.category === group),
    }))
    .filter(({ members }) => members.length > 0);

  return (
    <section className="screen competencies" aria-labelledby="screen-title">
      <h1 id="screen-title">{t("competencies.title")}</h1>
      {portfolio.unreadable > 0 && (
        <p className="notice">{t("competencies.unreadable", { count: portfolio.unreadable })}</p>
      )}
      {competencies.length === 0 ? (
        <div className="notice competencies-empty">
          <p className="notice-title">{t("competencies.empty.title")}</p>
          <p>{t("competencies.empty.body")}</p>
        </div>
      ) : (
        <>
          <p className="competencies-summary" data-testid="competencies-summary">
            {[
              t("competencies.summary.total", { count: summary.total }),
              t("competencies.summary.experience", { count: summary.experience }),
              t("competencies.summary.document", { count: summary.document }),
            ].join(", ")}
          </p>
          <search className="competencies-filters">
            <div className="field">
              <label htmlFor="competencies-query">{t("competencies.filter.search")}</label>
              <input
                id="competencies-query"
                type="search"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="competencies-category">{t("competencies.filter.category")}</label>
              <select
                id="competencies-category"
                className="select"
                value={category}
                onChange={(event) => {
                  const parsed = competencyCategorySchema.safeParse(event.target.value);
                  setCategory(parsed.success ? parsed.data : "all");
                }}
              >
                <option value="all">{t("competencies.filter.all")}</option>
                {competencyCategories.map((option) => (
                  <option key={option} value={option}>
                    {t(`competencies.category.${option}`)}
                  </option>
                ))}
              </select>
            </div>
          </search>
          <p className="visually-hidden" role="status">
            {words !== "" || category !== "all"
              ? t("competencies.filter.count", { count: shown.length })
              : ""}
          </p>
          {groups.length === 0 && <p>{t("competencies.filter.none")}</p>}
          {groups.map(({ group, members }) => (
            <section key={group} className="competency-group" aria-labelledby={`group-${group}`}>
              <h2 id={`group-${group}`}>
                {t(`competencies.category.${group}`)}{" "}
                <span className="competency-group-count">({members.length})</span>
              </h2>
              <ul className="competency-list">
                {members.map((competency) => (
                  <CompetencyCard
                    key={competency.id}
                    competency={competency}
                    portfolio={portfolio}
                  />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      <Link href="/new" className="button button-primary add-competency">
        <span aria-hidden="true" className="add-competency-plus">
          +
        </span>
        {t("competencies.add")}
      </Link>
    </section>
  );
}

function CompetencyCard({
  competency,
  portfolio,
}: {
  competency: Competency;
  portfolio: CompetencyPortfolio;
}) {
  const { t, locale } = useI18n();
  const level = levelOf(competency.category, competency.level, locale);
  const count = evidenceCount(competency, portfolio.live);
  return (
    <li className="competency-card">
      <Link href={`/${competency.id}`} className="competency-card-link">
        {competency.label}
      </Link>
      <p className="competency-card-meta">
        {level ? level.label : t("competencies.level.notSet")}
        {" · "}
        {count === 0
          ? t("competencies.evidence.none")
          : t("competencies.evidence.count", { count })}
      </p>
      <BackingBadge backing={backingOf(competency, portfolio.live)} />
    </li>
  );
}
