import type { PDFPage } from "pdf-lib";

/**
 * A PDF proof's first page, drawn in the annex. pdfkit cannot draw a foreign PDF, so the renderer
 * reserves a bordered box for it (a tagged Figure with alt text) and, once pdfkit has finished,
 * pdf-lib opens the output and draws each first page into its box. The drawing is marked as an
 * Artifact: the Figure's alt text speaks for it, and the structure tree stays pdfkit's.
 * pdf-lib is imported here only, and only when a proof is a PDF: it stays out of every other load.
 */
export type ProofPdfPage = { status: "pdf-page"; width: number; height: number; page: PDFPage };

/** Where the renderer reserved a box: a page index and pdfkit's top-left coordinates, in points. */
export type PdfPagePlacement = {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  source: PDFPage;
};

/**
 * Opens a PDF proof and checks that its first page can be copied, so that a damaged or encrypted
 * file is listed as unreadable before its box is drawn rather than failing the export afterwards.
 */
export async function openProofPdf(
  bytes: ArrayBuffer | Uint8Array | null,
): Promise<ProofPdfPage | { status: "unreadable" }> {
  if (!bytes) return { status: "unreadable" };
  const { PDFDocument } = await import("pdf-lib");
  try {
    const proof = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    // Its streams cannot be decrypted here: drawing them would print noise.
    if (proof.isEncrypted || proof.getPageCount() === 0) return { status: "unreadable" };
    const page = proof.getPage(0);
    const { width, height } = page.getSize();
    if (!(width > 0 && height > 0)) return { status: "unreadable" };
    const scratch = await PDFDocument.create();
    await scratch.embedPage(page);
    await scratch.flush();
    return { status: "pdf-page", width, height, page };
  } catch {
    return { status: "unreadable" };
  }
}

/** Draws each proof's first page into its box of the finished PDF; the rest is saved as it was. */
export async function drawPdfPages(
  output: Uint8Array,
  placements: PdfPagePlacement[],
): Promise<Uint8Array<ArrayBuffer>> {
  const { PDFDocument, beginMarkedContent, endMarkedContent } = await import("pdf-lib");
  const document = await PDFDocument.load(output, { updateMetadata: false });
  for (const placement of placements) {
    const page = document.getPage(placement.page);
    const embedded = await document.embedPage(placement.source);
    page.pushOperators(beginMarkedContent("Artifact"));
    page.drawPage(embedded, {
      x: placement.x,
      // pdf-lib measures from the bottom of the page, pdfkit from the top.
      y: page.getHeight() - placement.y - placement.height,
      width: placement.width,
      height: placement.height,
    });
    page.pushOperators(endMarkedContent());
  }
  // No object streams: the catalog stays readable as pdfkit wrote it (and as the tests read it).
  return new Uint8Array(await document.save({ useObjectStreams: false }));
}
