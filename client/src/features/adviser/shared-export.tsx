import type { SharedPortfolio } from "../../../../shared/schemas/sharing";
import { errorMessage } from "../../i18n/error-message";
import { useI18n } from "../../i18n/use-i18n";
import { ApiRequestError, isNetworkError } from "../../lib/api-error";
import { ExportRefusal, ExportStatus, useExport } from "../../ui/export-status";
import { recordExport } from "./adviser-api";
import { makeSharedPdf } from "./shared-pdf";

/**
 * The adviser's PDF of what was shared. The person is promised that each export shows in their
 * access log, so a file is handed over only once the server has written that line: offline, or
 * when the server refuses, the adviser gets a message and no file.
 */
export function SharedExport({
  shareId,
  portfolio,
}: {
  shareId: string;
  portfolio: SharedPortfolio;
}) {
  const { t, locale } = useI18n();
  const { state, run, refuse, busy } = useExport();

  const recorded = async (file: File) => {
    try {
      await recordExport(shareId);
      return file;
    } catch (error) {
      if (isNetworkError(error)) throw new ExportRefusal(t("shared.export.offline"));
      if (error instanceof ApiRequestError && error.status === 404) {
        throw new ExportRefusal(t("shared.export.gone"));
      }
      throw new ExportRefusal(t("shared.export.notRecorded", { reason: errorMessage(error, t) }));
    }
  };

  const exportPdf = () => {
    if (!navigator.onLine) {
      refuse(t("shared.export.offline"));
      return;
    }
    const title = t("shared.export.fileTitle", { name: portfolio.owner.displayName });
    run(
      async (onProgress) =>
        recorded(await makeSharedPdf(shareId, portfolio, locale, title, onProgress)),
      "auto",
    );
  };

  return (
    <div className="shared-export">
      <button type="button" className="button" disabled={busy} onClick={exportPdf}>
        {t("shared.export.button")}
      </button>
      <p className="field-hint">{t("shared.export.hint")}</p>
      <ExportStatus state={state} />
    </div>
  );
}
