import { Link, Route, Switch, useLocation } from "wouter";
import { type Experience, experienceDefaults } from "../../../../shared/schemas/experience";
import { settleRejections, withRefusedValues } from "../../db/rejections";
import { useI18n } from "../../i18n/use-i18n";
import { useRefusedValues } from "../../sync/use-refused-values";
import { UndoDeleteProvider } from "../../ui/undo-delete";
import { useScreenTitle } from "../../ui/use-screen-title";
import { useTopOnNavigate } from "../../ui/use-top-on-navigate";
import { type ExperiencePortfolio, useExperiencePortfolio } from "./experience-data";
import { ExperienceDetail } from "./experience-detail";
import { ExperienceForm } from "./experience-form";
import { ExperienceList } from "./experience-list";
import { GuidedEntry } from "./guided-entry";
import "./experiences.css";

/** `/experiences` and below (nested: paths here are relative to it). */
export default function ExperiencesScreen() {
  const { t } = useI18n();
  const portfolio = useExperiencePortfolio();
  useTopOnNavigate();
  if (!portfolio) return <p className="loading">{t("app.loading")}</p>;
  return (
    <UndoDeleteProvider
      table="experience"
      classPrefix="experience-snackbar"
      texts={{
        deleted: (title) => t("experiences.undo.deleted", { title }),
        failed: t("experiences.undo.failed"),
        action: t("experiences.undo.action"),
      }}
    >
      <Switch>
        <Route path="/">
          <ExperienceList portfolio={portfolio} />
        </Route>
        <Route path="/new">
          <NewExperience />
        </Route>
        <Route path="/guided">
          <GuidedEntry portfolio={portfolio} />
        </Route>
        <Route path="/:id/edit">
          {(params) => <EditExperience portfolio={portfolio} id={params.id} />}
        </Route>
        <Route path="/:id">
          {(params) => <ExperiencePage portfolio={portfolio} id={params.id} />}
        </Route>
      </Switch>
    </UndoDeleteProvider>
  );
}

function NewExperience() {
  const { t } = useI18n();
  useScreenTitle(t("experiences.new.title"));
  const [, navigate] = useLocation();
  return (
    <section className="screen" aria-labelledby="screen-title">
      <p className="experience-back">
        <Link href="/">{t("experiences.back")}</Link>
      </p>
      <h1 id="screen-title">{t("experiences.new.title")}</h1>
      <ExperienceForm onSaved={(id) => navigate(`/${id}`, { replace: true })} />
    </section>
  );
}

function EditExperience({ portfolio, id }: { portfolio: ExperiencePortfolio; id: string }) {
  const { t } = useI18n();
  useScreenTitle(t("experiences.edit.title"));
  const [, navigate] = useLocation();
  const refused = useRefusedValues("experience", id);
  const found = portfolio.experiences.find((candidate) => candidate.id === id);
  // A refused creation: the server never had it, so the form starts from its refused fields.
  const experience = found ?? (refused ? unsavedExperience(id) : undefined);
  if (!experience) return <Missing />;
  return (
    <section className="screen" aria-labelledby="screen-title">
      <p className="experience-back">
        {found ? (
          <Link href={`/${id}`}>{t("experiences.backTo", { title: found.title })}</Link>
        ) : (
          <Link href="/">{t("experiences.back")}</Link>
        )}
      </p>
      <h1 id="screen-title">{t("experiences.edit.title")}</h1>
      <ExperienceForm
        key={`${experience.id}:${refused ? "fix" : "edit"}`}
        experience={refused ? withRefusedValues(experience, refused) : experience}
        onSaved={() => {
          if (!refused) return navigate(`/${id}`);
          void settleRejections("experience", id).then(() => navigate(`/${id}`));
        }}
      />
    </section>
  );
}

function unsavedExperience(id: string): Experience {
  return {
    ...experienceDefaults,
    id,
    ownerId: id,
    version: 0,
    deleted: false,
    updatedAt: new Date(0).toISOString(),
  };
}

function ExperiencePage({ portfolio, id }: { portfolio: ExperiencePortfolio; id: string }) {
  const experience = portfolio.experiences.find((candidate) => candidate.id === id);
  if (!experience) return <Missing />;
  return <ExperienceDetail experience={experience} portfolio={portfolio} />;
}

function Missing() {
  const { t } = useI18n();
  useScreenTitle(t("experiences.missing.title"));
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">{t("experiences.missing.title")}</h1>
      <p>{t("experiences.missing.body")}</p>
      <Link href="/" className="button">
        {t("experiences.back")}
      </Link>
    </section>
  );
}
