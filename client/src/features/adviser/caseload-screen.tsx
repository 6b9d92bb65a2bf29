import { Link } from "wouter";
import type { CaseloadEntry } from "../../../../shared/schemas/sharing";
import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { isNetworkError } from "../../lib/api-error";
import { useScreenTitle } from "../../ui/use-screen-title";
import { useCaseload } from "./adviser-api";
import "./adviser.css";

/** The adviser's home: the portfolios shared with them, the latest activity first. */
export default function CaseloadScreen() {
  const { t, formatDateTime } = useI18n();
  useScreenTitle(t("caseload.title"));
  const caseload = useCaseload();
  const entries = [...(caseload.data ?? [])].sort((a, b) =>
    (b.lastActivityAt ?? "").localeCompare(a.lastActivityAt ?? ""),
  );
  return (
    <section className="screen adviser-screen" aria-labelledby="screen-title">
      <h1 id="screen-title">{t("caseload.title")}</h1>
      <p className="lead">{t("caseload.intro")}</p>
      {caseload.isPending && <p className="loading">{t("app.loading")}</p>}
      {caseload.isError && (
        <p className="notice" role={caseload.data ? undefined : "alert"}>
          {isNetworkError(caseload.error) && caseload.data
            ? t("caseload.offline", { date: formatDateTime(caseload.dataUpdatedAt) })
            : t("caseload.loadFailed", { reason: errorMessage(caseload.error, t) })}
        </p>
      )}
      {caseload.data && entries.length === 0 && <p className="notice">{t("caseload.none")}</p>}
      {entries.length > 0 && (
        <table className="caseload">
          <thead>
            <tr>
              <th scope="col">{t("caseload.person")}</th>
              <th scope="col">{t("caseload.changes")}</th>
              <th scope="col">{t("caseload.replies")}</th>
              <th scope="col">{t("caseload.activity")}</th>
              <th scope="col">{t("caseload.expires")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <CaseloadRow key={entry.shareId} entry={entry} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function CaseloadRow({ entry }: { entry: CaseloadEntry }) {
  const { t, locale, formatDateTime } = useI18n();
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(iso));
  return (
    <tr>
      <th scope="row">
        <Link
          href={`/${entry.shareId}`}
          className="caseload-name"
          aria-label={t("caseload.open", { name: entry.owner.displayName })}
        >
          {entry.owner.displayName}
        </Link>
        <span className="caseload-scope">
          {entry.scope === "portfolio" ? t("shared.scope.portfolio") : t("caseload.scope")}
        </span>
      </th>
      <td data-label={t("caseload.changes")}>
        {entry.lastVisitAt === null ? (
          <span className="pill pill-new">{t("caseload.neverOpened")}</span>
        ) : entry.changedSinceVisit > 0 ? (
          <span className="pill pill-new">
            {t("caseload.changeCount", { count: entry.changedSinceVisit })}
          </span>
        ) : (
          t("caseload.noChange")
        )}
      </td>
      <td data-label={t("caseload.replies")}>
        {entry.unreadReplies > 0 ? (
          <span className="pill pill-new">
            {t("caseload.unreadReplies", { count: entry.unreadReplies })}
          </span>
        ) : (
          "0"
        )}
      </td>
      <td data-label={t("caseload.activity")}>
        {entry.lastActivityAt
          ? formatDateTime(new Date(entry.lastActivityAt))
          : t("caseload.noActivity")}
      </td>
      <td data-label={t("caseload.expires")}>{date(entry.expiresAt)}</td>
    </tr>
  );
}
