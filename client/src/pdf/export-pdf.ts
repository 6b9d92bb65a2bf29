import type { Locale } from "../../../shared/schemas/common";
import type { CvFields } from "../../../shared/schemas/cv";
import { buildCvDocument, buildPortfolioDocument, type PortfolioRecords } from "./cv-document";
import { loadFonts } from "./load-fonts";
import { type ReadBlob, renderPdf } from "./render-pdf";

/**
 * The PDF exports the app calls. Load this module lazily (`await import("../../pdf/export-pdf")`):
 * it brings pdfkit and the fonts, which must stay out of the first load.
 */
export type ExportOptions = {
  /** Bytes of a blob by SHA-256 (the profile photo, proof images); null when missing. */
  readBlob?: ReadBlob;
  onProgress?: (done: number, total: number) => void;
};

/** A saved CV as a PDF, in the CV's language and template. */
export async function exportCvPdf(
  cv: CvFields,
  records: PortfolioRecords,
  options: ExportOptions = {},
): Promise<Blob> {
  const model = buildCvDocument(cv, records);
  const bytes = await renderPdf(model, { ...options, fonts: await loadFonts() });
  return pdfBlob(bytes);
}

/** The whole portfolio: experiences, competencies with their evidence, proofs as annexes. */
export async function exportPortfolioPdf(
  records: PortfolioRecords,
  lang: Locale,
  options: ExportOptions = {},
): Promise<Blob> {
  const model = buildPortfolioDocument(records, lang);
  const bytes = await renderPdf(model, { ...options, fonts: await loadFonts() });
  return pdfBlob(bytes);
}

function pdfBlob(bytes: Uint8Array<ArrayBuffer>): Blob {
  return new Blob([bytes], { type: "application/pdf" });
}

export type { DocumentModel, PortfolioRecords } from "./cv-document";
export { buildCvDocument, buildPortfolioDocument } from "./cv-document";
