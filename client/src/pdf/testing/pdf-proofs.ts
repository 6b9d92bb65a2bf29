// PDF proofs made in memory for the PDF tests (no binary fixtures in the repo).
import PDFDocument from "pdfkit";
import { collect, type PdfFonts } from "../render-pdf";

/**
 * A PDF proof as a scanner or an employer might send it: an A4 page mostly covered by a dark
 * block with `text` on it, then a second page with `secondText` (which the annex must not show).
 * DejaVu is embedded so that the portfolio's own font checks still hold once the page is drawn.
 */
export function makePdfProof(
  fonts: PdfFonts,
  text: string,
  secondText: string,
): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "A4", font: "" });
  doc.registerFont("Regular", new Uint8Array(fonts.regular));
  const done = collect(doc);
  doc.rect(40, 40, 515, 760).fill("#203040");
  doc.font("Regular").fontSize(40).fillColor("#ffffff").text(text, 60, 80);
  doc.addPage();
  doc.font("Regular").fontSize(40).fillColor("#000000").text(secondText, 60, 80);
  doc.end();
  return done;
}
