import { useState } from "react";
import { z } from "zod/mini";
import { formatFileSize } from "../../blobs/file-size";
import { useI18n } from "../../i18n/use-i18n";
import { api, send } from "../../lib/api-client";
import { buildExportArchive } from "../../portability/export-archive";
import { jsonResumeFile, portfolioToJsonResume } from "../../portability/json-resume";
import { readPortfolio } from "../../portability/portfolio-data";
import { deliverFile } from "../../ui/deliver-file";
import { FormMessage } from "../../ui/form-message";

type Status =
  | { state: "idle" }
  | { state: "pending" }
  | { state: "ready"; file: string; size: number; missing: number; withoutAccount: boolean }
  | { state: "failed" };

type Made = { file: File; missing: number; withoutAccount?: boolean };

/** Anything the server answers as a JSON object; it goes into the zip as it came. */
const accountCopySchema = z.record(z.string(), z.unknown());

/**
 * The server's record of the account (shares, comments, access log), or null when it cannot be
 * had now: offline, or signed out meanwhile. The rest of the export does not wait on it.
 */
async function accountCopy(): Promise<Record<string, unknown> | null> {
  try {
    return await send(() => api.account.export.$get(), accountCopySchema);
  } catch (error) {
    console.warn("[skillfolio] the server's copy of the account is left out", error);
    return null;
  }
}

/** "Download all my data" (our zip) and "Export as JSON Resume", both from this device, offline. */
export function ExportSection() {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState<Status>({ state: "idle" });

  async function run(make: () => Promise<Made>) {
    setStatus({ state: "pending" });
    try {
      const { file, missing, withoutAccount = false } = await make();
      await deliverFile(file);
      setStatus({ state: "ready", file: file.name, size: file.size, missing, withoutAccount });
    } catch (error) {
      console.error("[skillfolio] export failed", error);
      setStatus({ state: "failed" });
    }
  }

  const exportZip = () =>
    run(async () => {
      const archive = await buildExportArchive(undefined, undefined, await accountCopy());
      const file = new File([archive.bytes], archive.fileName, { type: "application/zip" });
      return { file, missing: archive.missingFiles, withoutAccount: !archive.withAccount };
    });
  const exportResume = () =>
    run(async () => ({
      file: jsonResumeFile(portfolioToJsonResume(await readPortfolio())),
      missing: 0,
    }));

  const busy = status.state === "pending";
  return (
    <section className="card" aria-labelledby="data-export-title">
      <h2 id="data-export-title">{t("data.export.title")}</h2>
      <div className="data-action">
        <p id="data-zip-hint">{t("data.export.zipHint")}</p>
        <button
          type="button"
          className="button button-primary"
          aria-describedby="data-zip-hint"
          disabled={busy}
          onClick={() => void exportZip()}
        >
          {t("data.export.zip")}
        </button>
      </div>
      <div className="data-action">
        <p id="data-resume-hint">{t("data.export.resumeHint")}</p>
        <button
          type="button"
          className="button"
          aria-describedby="data-resume-hint"
          disabled={busy}
          onClick={() => void exportResume()}
        >
          {t("data.export.resume")}
        </button>
      </div>
      <div role="status" className="data-status">
        {status.state === "pending" && <p>{t("data.export.pending")}</p>}
        {status.state === "ready" && (
          <p>
            {t("data.export.ready", {
              file: status.file,
              size: formatFileSize(locale, status.size),
            })}
          </p>
        )}
        {status.state === "ready" && status.missing > 0 && (
          <p className="notice">{t("data.export.missing", { count: status.missing })}</p>
        )}
        {status.state === "ready" && status.withoutAccount && (
          <p className="notice">{t("data.export.noAccount")}</p>
        )}
      </div>
      <FormMessage kind="error">
        {status.state === "failed" ? t("data.export.failed") : null}
      </FormMessage>
    </section>
  );
}
