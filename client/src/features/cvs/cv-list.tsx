import { useState } from "react";
import { Link, useLocation } from "wouter";
import { type Cv, type CvFields, cvDefaults } from "../../../../shared/schemas/cv";
import { saveRecord } from "../../db/portfolio";
import { useI18n } from "../../i18n/use-i18n";
import { FormMessage } from "../../ui/form-message";
import { useScreenTitle } from "../../ui/use-screen-title";
import type { CvPortfolio } from "./cv-data";
import { PortfolioExport } from "./cv-export";
import { liveSelection } from "./selection";

/** The person's CVs, the way to start a new one, and the whole-portfolio PDF. */
export function CvList({ portfolio }: { portfolio: CvPortfolio }) {
  const { t, locale } = useI18n();
  useScreenTitle(t("cvs.title"));
  const [, navigate] = useLocation();
  const [failure, setFailure] = useState<string | null>(null);

  const create = async () => {
    setFailure(null);
    const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date());
    const fields: CvFields = {
      ...cvDefaults,
      title: t("cvs.newTitle", { date }),
      language: locale,
      // A new CV starts with everything, latest first: the person removes what does not fit.
      experienceIds: portfolio.experiences.map((experience) => experience.id),
      competencyIds: portfolio.competencies.map((competency) => competency.id),
    };
    try {
      const id = await saveRecord("cv", null, fields);
      navigate(`/${id}`);
    } catch (error) {
      console.error("Could not create the CV", error);
      setFailure(t("cvs.saveFailed", { reason: t("error.unexpected") }));
    }
  };

  return (
    <section className="screen cvs" aria-labelledby="screen-title">
      <h1 id="screen-title">{t("cvs.title")}</h1>
      <p className="lead">{t("cvs.intro")}</p>
      <p>
        <button type="button" className="button button-primary" onClick={create}>
          {t("cvs.new")}
        </button>
      </p>
      <FormMessage kind="error">{failure}</FormMessage>
      {portfolio.cvs.length === 0 ? (
        <div className="notice">
          <p className="notice-title">{t("cvs.empty.title")}</p>
          <p>{t("cvs.empty.body")}</p>
        </div>
      ) : (
        <ul className="cv-list">
          {portfolio.cvs.map((cv) => (
            <li key={cv.id}>
              <CvCard cv={cv} portfolio={portfolio} />
            </li>
          ))}
        </ul>
      )}
      <section className="card cv-portfolio" aria-labelledby="portfolio-export-title">
        <h2 id="portfolio-export-title">{t("cvs.portfolio.title")}</h2>
        <p>{t("cvs.portfolio.body")}</p>
        <PortfolioExport portfolio={portfolio} />
      </section>
    </section>
  );
}

function CvCard({ cv, portfolio }: { cv: Cv; portfolio: CvPortfolio }) {
  const { t } = useI18n();
  const experiences = liveSelection(
    cv.experienceIds,
    portfolio.experiences.map((experience) => experience.id),
  ).length;
  const competencies = liveSelection(
    cv.competencyIds,
    portfolio.competencies.map((competency) => competency.id),
  ).length;
  return (
    <Link href={`/${cv.id}`} className="cv-card">
      <span className="cv-card-title">{cv.title}</span>
      <span className="cv-card-facts">
        {t(`cvs.template.${cv.template}`)} · {cv.language.toUpperCase()}
      </span>
      <span className="cv-card-facts">
        {t("cvs.card.counts", {
          experiences: t("cvs.card.experiences", { count: experiences }),
          competencies: t("cvs.card.competencies", { count: competencies }),
        })}
      </span>
    </Link>
  );
}
