import type { Locale } from "../../../../shared/schemas/common";
import type { Cv } from "../../../../shared/schemas/cv";
import { readBlobBytes } from "../../blobs/blob-fetcher";
import { cvToJsonResume, jsonResumeFile } from "../../portability/json-resume";
import { fileNameFor } from "../../ui/deliver-file";
import type { ExportProgress } from "../../ui/export-status";
import type { CvPortfolio } from "./cv-data";

/** pdfkit and the fonts come with this import, the first time a PDF is asked for. */
const pdfModule = () => import("../../pdf/export-pdf");

/** A CV as a PDF file, drawn on this device (offline too). */
export async function makeCvPdf(
  cv: Cv,
  portfolio: CvPortfolio,
  onProgress: (progress: ExportProgress) => void,
): Promise<File> {
  const { exportCvPdf } = await pdfModule();
  const blob = await exportCvPdf(cv, portfolio, {
    readBlob: readBlobBytes,
    onProgress: (done, total) => onProgress({ done, total }),
  });
  return new File([blob], fileNameFor(cv.title, "pdf"), { type: "application/pdf" });
}

/** The whole portfolio, proofs as annexes, in the interface's language. */
export async function makePortfolioPdf(
  portfolio: CvPortfolio,
  locale: Locale,
  fileTitle: string,
  onProgress: (progress: ExportProgress) => void,
): Promise<File> {
  const { exportPortfolioPdf } = await pdfModule();
  const blob = await exportPortfolioPdf(portfolio, locale, {
    readBlob: readBlobBytes,
    onProgress: (done, total) => onProgress({ done, total }),
  });
  return new File([blob], fileNameFor(fileTitle, "pdf"), { type: "application/pdf" });
}

/** A CV as a JSON Resume file (standard schema, our extras under `x-skillfolio`). */
export function makeCvJsonResume(cv: Cv, portfolio: CvPortfolio): File {
  return jsonResumeFile(cvToJsonResume(cv, portfolio), fileNameFor(cv.title, "json"));
}
