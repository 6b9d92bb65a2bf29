import { useMemo } from "react";
import type { Cv } from "../../../../shared/schemas/cv";
import { useI18n } from "../../i18n/use-i18n";
import { buildCvDocument } from "../../pdf/cv-document";
import { CvPreview } from "../../pdf/cv-preview";
import type { CvPortfolio } from "./cv-data";

/**
 * The live preview: the same document model the PDF is drawn from, so what is seen here is what
 * the PDF holds, in the CV's language and template.
 */
export function CvPreviewPanel({ cv, portfolio }: { cv: Cv; portfolio: CvPortfolio }) {
  const { t } = useI18n();
  const model = useMemo(() => buildCvDocument(cv, portfolio), [cv, portfolio]);
  return (
    <div className="cv-preview-panel">
      <CvPreview model={model} label={t("cvs.preview.heading")} headingLevel={2} />
    </div>
  );
}
