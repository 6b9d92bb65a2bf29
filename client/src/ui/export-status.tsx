import { useState } from "react";
import { errorMessage } from "../i18n/error-message";
import { useI18n } from "../i18n/use-i18n";
import { ApiRequestError } from "../lib/api-error";
import { type DeliveryMode, deliverFile } from "./deliver-file";
import "./export-status.css";

/** How far a long document has got: entries drawn out of all of them. */
export type ExportProgress = { done: number; total: number };

export type ExportState =
  | { step: "idle" }
  | { step: "loading" }
  | { step: "rendering"; progress: ExportProgress }
  | { step: "done"; message: string }
  | { step: "failed"; message: string };

/**
 * An export stopped on purpose, with a message to show as it is (instead of "the PDF could not be
 * created: …"), e.g. an adviser's export the server refused to record.
 */
export class ExportRefusal extends Error {
  override name = "ExportRefusal";
}

/**
 * Runs one export at a time and tells the person where it is: loading the PDF module (the first
 * time), rendering with a progress bar, then what happened to the file.
 */
export function useExport() {
  const { t } = useI18n();
  const [state, setState] = useState<ExportState>({ step: "idle" });
  const run = async (
    make: (onProgress: (progress: ExportProgress) => void) => Promise<File>,
    mode: DeliveryMode,
  ) => {
    setState({ step: "loading" });
    try {
      const file = await make((progress) => setState({ step: "rendering", progress }));
      const delivery = await deliverFile(file, mode);
      setState({
        step: "done",
        message:
          delivery === "cancelled"
            ? t("export.shareCancelled")
            : t("export.done", { name: file.name }),
      });
    } catch (error) {
      if (error instanceof ExportRefusal) {
        setState({ step: "failed", message: error.message });
        return;
      }
      console.error("Export failed", error);
      const reason =
        error instanceof ApiRequestError
          ? errorMessage(error, t)
          : error instanceof Error && error.message
            ? error.message
            : t("error.unexpected");
      setState({ step: "failed", message: t("export.failed", { reason }) });
    }
  };
  /** Says why an export is not started at all. */
  const refuse = (message: string) => setState({ step: "failed", message });
  const busy = state.step === "loading" || state.step === "rendering";
  return { state, run, refuse, busy };
}

/** The export's progress and outcome, read out politely by screen readers. */
export function ExportStatus({ state }: { state: ExportState }) {
  const { t } = useI18n();
  return (
    <div className="export-status" role="status" aria-live="polite">
      {state.step === "loading" && <p>{t("export.loading")}</p>}
      {state.step === "rendering" && (
        <>
          <p>{t("export.progress", state.progress)}</p>
          <progress
            className="export-progress"
            max={state.progress.total}
            value={state.progress.done}
            aria-label={t("export.progress", state.progress)}
          />
        </>
      )}
      {state.step === "done" && (
        <p className="form-message form-message-success">{state.message}</p>
      )}
      {state.step === "failed" && (
        <p className="form-message form-message-error">{state.message}</p>
      )}
    </div>
  );
}
