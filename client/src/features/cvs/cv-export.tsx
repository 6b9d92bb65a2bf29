import type { Cv } from "../../../../shared/schemas/cv";
import { useI18n } from "../../i18n/use-i18n";
import { ExportStatus, useExport } from "../../ui/export-status";
import type { CvPortfolio } from "./cv-data";
import { makeCvJsonResume, makeCvPdf, makePortfolioPdf } from "./pdf-exporter";

const canShare = () => typeof navigator !== "undefined" && typeof navigator.share === "function";

/** "Download the PDF", and "Share the PDF" where the browser has a share sheet. */
function PdfButtons({
  label,
  busy,
  make,
}: {
  label: string;
  busy: boolean;
  make: (mode: "share" | "download") => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <button
        type="button"
        className="button button-primary"
        disabled={busy}
        onClick={() => make("download")}
      >
        {label}
      </button>
      {canShare() && (
        <button type="button" className="button" disabled={busy} onClick={() => make("share")}>
          {t("cvs.export.share")}
        </button>
      )}
    </>
  );
}

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
        <PdfButtons label={t("cvs.export.pdf")} busy={busy} make={pdf} />
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
        <PdfButtons label={t("cvs.portfolio.export")} busy={busy} make={pdf} />
      </div>
      <ExportStatus state={state} />
    </div>
  );
}
