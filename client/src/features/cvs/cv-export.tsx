import { useState } from "react";
import type { Cv } from "../../../../shared/schemas/cv";
import { useI18n } from "../../i18n/use-i18n";
import { deliverFile } from "../../ui/deliver-file";
import type { CvPortfolio } from "./cv-data";
import { makeCvJsonResume, makeCvPdf, makePortfolioPdf, type Progress } from "./pdf-exporter";

type ExportState =
  | { step: "idle" }
  | { step: "loading" }
  | { step: "rendering"; progress: Progress }
  | { step: "done"; message: string }
  | { step: "failed"; reason: string };

/**
 * Runs one export at a time and tells the person where it is: loading the PDF module (the first
 * time), rendering with a progress bar, then what happened to the file.
 */
function useExport() {
  const { t } = useI18n();
  const [state, setState] = useState<ExportState>({ step: "idle" });
  const run = async (
    make: (onProgress: (progress: Progress) => void) => Promise<File>,
    mode: "share" | "download",
  ) => {
    setState({ step: "loading" });
    try {
      const file = await make((progress) => setState({ step: "rendering", progress }));
      const delivery = await deliverFile(file, mode);
      setState({
        step: "done",
        message:
          delivery === "cancelled"
            ? t("cvs.export.shareCancelled")
            : t("cvs.export.done", { name: file.name }),
      });
    } catch (error) {
      console.error("Export failed", error);
      setState({
        step: "failed",
        reason: error instanceof Error && error.message ? error.message : t("error.unexpected"),
      });
    }
  };
  const busy = state.step === "loading" || state.step === "rendering";
  return { state, run, busy };
}

function ExportStatus({ state }: { state: ExportState }) {
  const { t } = useI18n();
  return (
    <div className="cv-export-status" role="status" aria-live="polite">
      {state.step === "loading" && <p>{t("cvs.export.loading")}</p>}
      {state.step === "rendering" && (
        <>
          <p>{t("cvs.export.progress", state.progress)}</p>
          <progress
            className="cv-progress"
            max={state.progress.total}
            value={state.progress.done}
            aria-label={t("cvs.export.progress", state.progress)}
          />
        </>
      )}
      {state.step === "done" && (
        <p className="form-message form-message-success">{state.message}</p>
      )}
      {state.step === "failed" && (
        <p className="form-message form-message-error">
          {t("cvs.export.failed", { reason: state.reason })}
        </p>
      )}
    </div>
  );
}

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
