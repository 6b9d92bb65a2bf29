import { Link, Route, Switch } from "wouter";
import { useI18n } from "../../i18n/use-i18n";
import { UndoDeleteProvider } from "../../ui/undo-delete";
import { useScreenTitle } from "../../ui/use-screen-title";
import { useTopOnNavigate } from "../../ui/use-top-on-navigate";
import { type CvPortfolio, useCvPortfolio } from "./cv-data";
import { CvEditor } from "./cv-editor";
import { CvList } from "./cv-list";
import "./cvs.css";

/** `/cvs` and below (nested: paths here are relative to it). */
export default function CvsScreen() {
  const { t } = useI18n();
  const portfolio = useCvPortfolio();
  useTopOnNavigate();
  if (!portfolio) return <p className="loading">{t("app.loading")}</p>;
  return (
    <UndoDeleteProvider
      table="cv"
      texts={{
        deleted: (label) => t("cvs.undo.deleted", { label }),
        failed: t("cvs.undo.failed"),
        action: t("cvs.undo.action"),
      }}
    >
      <Switch>
        <Route path="/">
          <CvList portfolio={portfolio} />
        </Route>
        <Route path="/:id">{(params) => <CvPage portfolio={portfolio} id={params.id} />}</Route>
      </Switch>
    </UndoDeleteProvider>
  );
}

function CvPage({ portfolio, id }: { portfolio: CvPortfolio; id: string }) {
  const cv = portfolio.cvs.find((candidate) => candidate.id === id);
  if (!cv) return <Missing />;
  return <CvEditor key={cv.id} cv={cv} portfolio={portfolio} />;
}

function Missing() {
  const { t } = useI18n();
  useScreenTitle(t("cvs.notFound"));
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">{t("cvs.notFound")}</h1>
      <Link href="/" className="button">
        {t("cvs.back")}
      </Link>
    </section>
  );
}
