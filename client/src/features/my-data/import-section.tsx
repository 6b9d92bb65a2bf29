import { useState } from "react";
import { FilePickButton } from "../../blobs/file-pick-button";
import { useI18n } from "../../i18n/use-i18n";
import { applyImport, type ImportResult } from "../../portability/apply-import";
import { previewImport } from "../../portability/import-file";
import type { ImportPlan } from "../../portability/import-plan";
import { ImportRefusedError } from "../../portability/limits";
import { FormMessage } from "../../ui/form-message";
import { ImportPreview } from "./import-preview";

type Step =
  | { step: "idle" }
  | { step: "reading"; fileName: string }
  | { step: "preview"; fileName: string; plan: ImportPlan }
  | { step: "applying" }
  | { step: "done"; result: ImportResult }
  | { step: "cancelled" }
  | { step: "refused"; message: string };

/** Pick a file → preview of what it adds → Confirm (written through the sync outbox) or Cancel. */
export function ImportSection() {
  const { t } = useI18n();
  const [step, setStep] = useState<Step>({ step: "idle" });

  async function read(file: File) {
    setStep({ step: "reading", fileName: file.name });
    try {
      setStep({ step: "preview", fileName: file.name, plan: await previewImport(file) });
    } catch (error) {
      if (!(error instanceof ImportRefusedError)) console.error("[skillfolio] import", error);
      const message =
        error instanceof ImportRefusedError
          ? t(`data.problem.${error.problem}`)
          : t("data.problem.unreadable");
      setStep({ step: "refused", message });
    }
  }

  async function confirm(plan: ImportPlan) {
    setStep({ step: "applying" });
    try {
      setStep({ step: "done", result: await applyImport(plan) });
    } catch (error) {
      console.error("[skillfolio] import could not be saved", error);
      setStep({ step: "refused", message: t("data.import.failed") });
    }
  }

  const added =
    step.step === "done" ? Object.values(step.result.added).reduce((sum, n) => sum + n, 0) : 0;
  const busy = step.step === "reading" || step.step === "applying";
  return (
    <section className="card" aria-labelledby="data-import-title">
      <h2 id="data-import-title">{t("data.import.title")}</h2>
      <p id="data-import-hint">{t("data.import.hint")}</p>
      <div role="status" className="data-status">
        {step.step === "reading" && <p>{t("data.import.reading", { file: step.fileName })}</p>}
        {step.step === "applying" && <p>{t("data.import.applying")}</p>}
        {step.step === "cancelled" && <p>{t("data.preview.cancelled")}</p>}
        {step.step === "done" && (
          <p className="form-message form-message-success">
            {t("data.import.done", { count: added })}
            {step.result.profileFields > 0 &&
              ` ${t("data.import.profileDone", { count: step.result.profileFields })}`}
          </p>
        )}
      </div>
      {step.step !== "preview" && !busy && (
        <FilePickButton
          name="import"
          accept=".zip,.json,application/zip,application/json"
          label={step.step === "done" ? t("data.import.another") : t("data.import.choose")}
          describedBy="data-import-hint"
          onFile={(file) => void read(file)}
        />
      )}
      <FormMessage kind="error">{step.step === "refused" ? step.message : null}</FormMessage>
      {step.step === "preview" && (
        <ImportPreview
          plan={step.plan}
          fileName={step.fileName}
          onConfirm={() => void confirm(step.plan)}
          onCancel={() => setStep({ step: "cancelled" })}
        />
      )}
    </section>
  );
}
