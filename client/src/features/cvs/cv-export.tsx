import type { Cv } from "../../../../shared/schemas/cv";
import { useI18n } from "../../i18n/use-i18n";
import { ExportStatus, useExport } from "../../ui/export-status";
import type { CvPortfolio } from "./cv-data";
import { makeCvJsonResume, makeCvPdf, makePortfolioPdf } from "./pdf-exporter";

const canShare = () => typeof navigator !== "undefined" && typeof navigator.share === "function";

/** The CV's exports: PDF (download or the phone's share sheet) and JSON Resume. */
export function CvExport({ cv, portfolio }: { cv: Cv; portfolio: CvPortfolio }) {
  const { t } = useI18n();
  const { state, run, busy } = useExport();
  const pdf = (mode: "share" | "download") =>
    run((onProgress) => makeCvPdf(cv, portfolio, onProgress), mode);
  return (
    <section className="card cv-export" aria-labelledby="cv-export-title">
      <h2 id="cv-export-title">{t("cvs.export.heading")}</h2>
      <div className="cv-export-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => pdf("download")}
        >
          {t("cvs.export.pdf")}
        </button>
        {canShare() && (
          <button type="button" className="button" disabled={busy} onClick={() => pdf("share")}>
            {t("cvs.export.share")}
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => run(async () => makeCvJsonResume(cv, portfolio), "download")}
        >
          {t("cvs.export.jsonResume")}
        </button>
      </div>
      <ExportStatus state={state} />
    </section>
  );
}

/** The whole portfolio as one PDF, proofs as annexes. */
export function PortfolioExport({ portfolio }: { portfolio: CvPortfolio }) {
  const { t, locale } = useI18n();
  const { state, run, busy } = useExport();
  const name = [portfolio.profile?.firstName, portfolio.profile?.lastName]
    .filter(Boolean)
    .join(" ");
  const fileTitle = [t("cvs.portfolio.title"), name].filter(Boolean).join(" ");
  const pdf = (mode: "share" | "download") =>
    run((onProgress) => makePortfolioPdf(portfolio, locale, fileTitle, onProgress), mode);
  return (
    <div className="cv-export">
      <div className="cv-export-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => pdf("download")}
        >
          {t("cvs.portfolio.export")}
        </button>
        {canShare() && (
          <button type="button" className="button" disabled={busy} onClick={() => pdf("share")}>
            {t("cvs.export.share")}
          </button>
        )}
      </div>
      <ExportStatus state={state} />
    </div>
  );
}
