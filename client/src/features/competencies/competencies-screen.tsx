import { Link, Route, Switch, useSearch } from "wouter";
import { idSchema } from "../../../../shared/schemas/common";
import {
  type Competency,
  type CompetencyFields,
  competencyDefaults,
} from "../../../../shared/schemas/competency";
import { settleRejections, withRefusedValues } from "../../db/rejections";
import { useI18n } from "../../i18n/use-i18n";
import { useRefusedValues } from "../../sync/use-refused-values";
import { UndoDeleteProvider } from "../../ui/undo-delete";
import { useScreenTitle } from "../../ui/use-screen-title";
import { useTopOnNavigate } from "../../ui/use-top-on-navigate";
import { CompetencyDetail } from "./competency-detail";
import { CompetencyForm } from "./competency-form";
import { CompetencyOverview } from "./competency-overview";
import { type CompetencyPortfolio, useCompetencyPortfolio } from "./portfolio-data";
import "./competencies.css";

/** `/competencies` and below (nested: paths here are relative to it). */
export default function CompetenciesScreen() {
  const { t } = useI18n();
  const portfolio = useCompetencyPortfolio();
  useTopOnNavigate();
  if (!portfolio) return <p className="loading">{t("app.loading")}</p>;
  return (
    <UndoDeleteProvider
      table="competency"
      classPrefix="snackbar"
      texts={{
        deleted: (label) => t("competencies.undo.deleted", { label }),
        failed: t("competencies.undo.failed"),
        action: t("competencies.undo.action"),
      }}
    >
      <Switch>
        <Route path="/">
          <CompetencyOverview portfolio={portfolio} />
        </Route>
        <Route path="/new">
          <NewCompetency portfolio={portfolio} />
        </Route>
        <Route path="/:id/edit">
          {(params) => <EditCompetency portfolio={portfolio} id={params.id} />}
        </Route>
        <Route path="/:id">
          {(params) => <CompetencyPage portfolio={portfolio} id={params.id} />}
        </Route>
      </Switch>
    </UndoDeleteProvider>
  );
}

/** `?experience=<id>` or `?proof=<id>`: the new competency starts linked to that evidence. */
export function evidenceFromSearch(search: string): CompetencyFields["evidence"] {
  const params = new URLSearchParams(search);
  const valid = (value: string | null) => (idSchema.safeParse(value).success ? [value ?? ""] : []);
  return { experienceIds: valid(params.get("experience")), proofIds: valid(params.get("proof")) };
}

function NewCompetency({ portfolio }: { portfolio: CompetencyPortfolio }) {
  const { t } = useI18n();
  useScreenTitle(t("competencies.new.title"));
  const search = useSearch();
  return (
    <section className="screen" aria-labelledby="screen-title">
      <p className="back-link">
        <Link href="/">{t("competencies.back")}</Link>
      </p>
      <h1 id="screen-title">{t("competencies.new.title")}</h1>
      <CompetencyForm portfolio={portfolio} initialEvidence={evidenceFromSearch(search)} />
    </section>
  );
}

function EditCompetency({ portfolio, id }: { portfolio: CompetencyPortfolio; id: string }) {
  const { t } = useI18n();
  useScreenTitle(t("competencies.edit.title"));
  const refused = useRefusedValues("competency", id);
  const found = portfolio.competencies.find((candidate) => candidate.id === id);
  // A refused creation: the server never had it, so the form starts from its refused fields.
  const competency = found ?? (refused ? unsavedCompetency(id) : undefined);
  if (!competency) return <Missing />;
  return (
    <section className="screen" aria-labelledby="screen-title">
      <p className="back-link">
        {found ? (
          <Link href={`/${id}`}>{t("competencies.backTo", { label: found.label })}</Link>
        ) : (
          <Link href="/">{t("competencies.back")}</Link>
        )}
      </p>
      <h1 id="screen-title">{t("competencies.edit.title")}</h1>
      <CompetencyForm
        key={`${competency.id}:${refused ? "fix" : "edit"}`}
        portfolio={portfolio}
        competency={refused ? withRefusedValues(competency, refused) : competency}
        onSaved={refused ? () => settleRejections("competency", id) : undefined}
      />
    </section>
  );
}

function unsavedCompetency(id: string): Competency {
  return {
    ...competencyDefaults,
    id,
    ownerId: id,
    version: 0,
    deleted: false,
    updatedAt: new Date(0).toISOString(),
  };
}

function CompetencyPage({ portfolio, id }: { portfolio: CompetencyPortfolio; id: string }) {
  const competency = portfolio.competencies.find((candidate) => candidate.id === id);
  if (!competency) return <Missing />;
  return <CompetencyDetail competency={competency} portfolio={portfolio} />;
}

function Missing() {
  const { t } = useI18n();
  useScreenTitle(t("competencies.missing.title"));
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">{t("competencies.missing.title")}</h1>
      <p>{t("competencies.missing.body")}</p>
      <Link href="/" className="button">
        {t("competencies.back")}
      </Link>
    </section>
  );
}
