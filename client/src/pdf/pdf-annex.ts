/**
 * The annex of a proof in a portfolio: its image, the box for a PDF proof's first page (drawn into
 * it once pdfkit has finished, pdf-pages.ts), or a note saying why neither can be shown.
 */
import type { DocumentImage } from "./document-model";
import { documentLabels } from "./labels";
import { type ImageOutcome, openProofImage } from "./pdf-images";
import { BODY, type Doc, MUTED, type Piece, type TextStyle, textPiece } from "./pdf-layout";
import { openProofPdf, type PdfPagePlacement, type ProofPdfPage } from "./pdf-pages";

/** The bytes of a blob by its SHA-256, or null when the device does not have them. */
export type ReadBlob = (sha256: string) => Promise<ArrayBuffer | Uint8Array | null>;

/** What an annex shows: an image, a PDF proof's first page, or a note saying why neither. */
export type AnnexOutcome = ImageOutcome | ProofPdfPage;

export function annexPieces(
  doc: Doc,
  annex: DocumentImage,
  outcome: AnnexOutcome,
  width: number,
  indent: number,
  pdfPages: PdfPagePlacement[],
): Piece[] {
  const labels = documentLabels(doc.options.lang === "en" ? "en" : "fr");
  const noteStyle: TextStyle = { font: "Regular", size: BODY.size, color: MUTED, width };
  if (outcome.status === "unreadable")
    return [textPiece(doc, "P", labels.unreadable, noteStyle, 3, indent)];
  if (outcome.status === "not-drawable") {
    return [textPiece(doc, "P", labels.notDrawable(outcome.mime), noteStyle, 3, indent)];
  }
  if (outcome.status === "pdf-page") {
    return [pdfPagePiece(doc, outcome, annex.alt, width, indent, pdfPages)];
  }
  const { image } = outcome;
  const scale = Math.min(width / image.width, 380 / image.height, 1);
  const drawWidth = image.width * scale;
  const drawHeight = image.height * scale;
  return [
    {
      height: drawHeight + 6,
      draw: (parent, x, y) => {
        parent.add(
          doc.struct("Figure", { alt: annex.alt }, () => {
            doc.image(image, x + indent, y + 3, { width: drawWidth, height: drawHeight });
          }),
        );
      },
    },
  ];
}

/** The tallest a PDF proof's first page is drawn: an A4 page at about 60 %, still legible. */
const PDF_PAGE_MAX_HEIGHT = 480;

/**
 * A bordered box the size of the proof's first page, as a tagged Figure; the page itself is drawn
 * into it after pdfkit has finished (pdf-pages.ts), so the box's place is recorded when it is drawn.
 */
function pdfPagePiece(
  doc: Doc,
  proof: ProofPdfPage,
  alt: string,
  width: number,
  indent: number,
  pdfPages: PdfPagePlacement[],
): Piece {
  const labels = documentLabels(doc.options.lang === "en" ? "en" : "fr");
  const scale = Math.min(width / proof.width, PDF_PAGE_MAX_HEIGHT / proof.height, 1);
  const drawWidth = proof.width * scale;
  const drawHeight = proof.height * scale;
  return {
    height: drawHeight + 6,
    draw: (parent, x, y, page) => {
      const box = { page, x: x + indent, y: y + 3, width: drawWidth, height: drawHeight };
      parent.add(
        doc.struct("Figure", { alt: labels.pdfFirstPageAlt(alt) }, () => {
          doc.rect(box.x, box.y, box.width, box.height).lineWidth(0.5).strokeColor(MUTED).stroke();
        }),
      );
      pdfPages.push({ ...box, source: proof.page });
    },
  };
}

export async function loadAnnex(
  doc: Doc,
  annex: DocumentImage,
  readBlob: ReadBlob | undefined,
): Promise<AnnexOutcome> {
  const { mime } = annex.blob;
  if (mime !== "image/jpeg" && mime !== "image/png" && mime !== "application/pdf") {
    return { status: "not-drawable", mime };
  }
  const bytes = readBlob ? await readBlob(annex.blob.sha256).catch(() => null) : null;
  if (mime === "application/pdf") return openProofPdf(bytes);
  return openProofImage(doc, bytes, mime);
}
