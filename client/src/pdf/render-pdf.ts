import PDFDocument from "pdfkit";
import type { DocumentImage, DocumentModel, DocumentSection } from "./document-model";
import { documentLabels } from "./labels";
import { parsedFont } from "./parsed-font";
import type { ReadBlob } from "./pdf-annex";
import { openProofImage } from "./pdf-images";
import {
  A4,
  ACCENT,
  artifact,
  type Column,
  type Doc,
  INK,
  MARGIN,
  MUTED,
  numberPages,
  type Piece,
  placeFigure,
  SIDE_FILL,
  type Struct,
  textPiece,
} from "./pdf-layout";
import { drawPdfPages, type PdfPagePlacement } from "./pdf-pages";
import { drawSection, EUROPASS_GAP, EUROPASS_LABEL, type Variant } from "./pdf-sections";
import type { OpenedImage } from "./pdfkit-types";

export type { ReadBlob } from "./pdf-annex";

/** DejaVu Sans regular and bold, as bytes: read from disk in Node, fetched in the browser. */
export type PdfFonts = { regular: ArrayBuffer | Uint8Array; bold: ArrayBuffer | Uint8Array };
export type RenderOptions = {
  fonts: PdfFonts;
  /** Needed for the photo and the annex images; without it they are left out. */
  readBlob?: ReadBlob;
  onProgress?: (done: number, total: number) => void;
};

/**
 * Renders a document model as an accessible A4 PDF: tagged (Document, H1/H2/H3, P, L/LI, Figure
 * with alt text), language and title set, DejaVu Sans embedded. An entry is measured before it is
 * drawn and moves whole to the next page when it does not fit; only an entry taller than a page is
 * cut, between its pieces. A PDF proof's first page is drawn into its reserved box once pdfkit has
 * finished (pdf-pages.ts).
 */
export async function renderPdf(
  model: DocumentModel,
  options: RenderOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const labels = documentLabels(model.lang);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    pdfVersion: "1.7",
    tagged: true,
    lang: model.lang,
    displayTitle: true,
    bufferPages: true,
    autoFirstPage: false,
    // No default font: pdfkit would load Helvetica, which is never embedded (and, in the browser
    // build, not even registered). DejaVu is set right below.
    font: "",
    info: { Title: model.title, Author: model.person.name, Creator: "Skillfolio" },
  });
  const output = collect(doc);
  doc.registerFont("Regular", parsedFont(doc, options.fonts.regular));
  doc.registerFont("Bold", parsedFont(doc, options.fonts.bold));
  doc.font("Regular");
  if (model.template === "two-column") {
    doc.on("pageAdded", () => artifact(doc, () => doc.rect(0, 0, 190, A4.height).fill(SIDE_FILL)));
  }
  doc.addPage();
  const root = doc.struct("Document");
  doc.addStructure(root);

  const total = model.sections.reduce((sum, section) => sum + section.entries.length, 1);
  let done = 0;
  let lastYield = Date.now();
  const progress = async () => {
    done += 1;
    options.onProgress?.(done, total);
    // Long documents: let the page repaint the progress bar (about once a frame, not per entry).
    if (Date.now() - lastYield > 16) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastYield = Date.now();
    }
  };
  const photo = await loadPhoto(doc, model.person.photo, options.readBlob);
  const pdfPages: PdfPagePlacement[] = [];

  if (model.template === "two-column") {
    const side: Column = { x: 22, width: 146, top: MARGIN, page: 0, y: MARGIN };
    const main: Column = {
      x: 214,
      width: A4.width - 214 - MARGIN,
      top: MARGIN,
      page: 0,
      y: MARGIN,
    };
    drawPersonHeader(doc, root, main, model, null, "classic");
    if (photo) {
      const size = 96;
      placeFigure(doc, root, side, photo, size, size, model.person.photo?.alt ?? "");
    }
    const contact = contactSection(model, labels.contact);
    const sideSections = model.sections.filter(isSideSection);
    for (const section of [contact, ...sideSections]) {
      if (section)
        await drawSection(doc, root, side, section, "side", options.readBlob, progress, pdfPages);
    }
    for (const section of model.sections.filter((candidate) => !isSideSection(candidate))) {
      await drawSection(doc, root, main, section, "classic", options.readBlob, progress, pdfPages);
    }
  } else {
    const variant: Variant = model.template === "europass" ? "europass" : "classic";
    const column: Column = {
      x: MARGIN,
      width: A4.width - 2 * MARGIN,
      top: MARGIN,
      page: 0,
      y: MARGIN,
    };
    drawPersonHeader(doc, root, column, model, photo, variant);
    for (const section of model.sections) {
      await drawSection(doc, root, column, section, variant, options.readBlob, progress, pdfPages);
    }
  }
  await progress();
  root.end();
  numberPages(doc, labels.page);
  doc.end();
  return pdfPages.length > 0 ? drawPdfPages(await output, pdfPages) : output;
}

function isSideSection(section: DocumentSection): boolean {
  return section.kind === "competencies" || section.kind === "languages";
}

function contactSection(model: DocumentModel, heading: string): DocumentSection | null {
  if (model.person.contact.length === 0) return null;
  return {
    kind: "summary",
    heading,
    entries: [
      {
        key: "contact",
        title: "",
        subtitle: "",
        dates: "",
        lines: model.person.contact,
        bullets: [],
      },
    ],
  };
}

function drawPersonHeader(
  doc: Doc,
  root: Struct,
  column: Column,
  model: DocumentModel,
  photo: OpenedImage | null,
  variant: Variant,
): void {
  const { person } = model;
  const photoSize = photo ? 78 : 0;
  const indent = variant === "europass" ? EUROPASS_LABEL + EUROPASS_GAP : 0;
  const width = column.width - indent - (photo ? photoSize + 12 : 0);
  const x = column.x + indent;
  const pieces: Piece[] = [
    textPiece(
      doc,
      "H1",
      person.name || model.title,
      { font: "Bold", size: 22, color: ACCENT, width },
      2,
    ),
  ];
  if (person.headline) {
    pieces.push(
      textPiece(doc, "P", person.headline, { font: "Regular", size: 12, color: MUTED, width }, 4),
    );
  }
  if (model.template !== "two-column" && person.contact.length > 0) {
    pieces.push(
      textPiece(
        doc,
        "P",
        person.contact.join("  ·  "),
        { font: "Regular", size: 9.5, color: INK, width },
        0,
      ),
    );
  }
  const start = column.y;
  for (const piece of pieces) {
    piece.draw(root, x, column.y, column.page);
    column.y += piece.height;
  }
  if (photo) {
    const alt = person.photo?.alt ?? "";
    const photoX = column.x + column.width - photoSize;
    root.add(
      doc.struct("Figure", { alt }, () => {
        doc.image(photo, photoX, start, {
          fit: [photoSize, photoSize],
          align: "center",
          valign: "center",
        });
      }),
    );
    column.y = Math.max(column.y, start + photoSize);
  }
  column.y += 8;
  artifact(doc, () =>
    doc
      .moveTo(column.x, column.y)
      .lineTo(column.x + column.width, column.y)
      .lineWidth(1)
      .strokeColor(ACCENT)
      .stroke(),
  );
  column.y += 14;
}

async function loadPhoto(
  doc: Doc,
  photo: DocumentImage | null,
  readBlob: ReadBlob | undefined,
): Promise<OpenedImage | null> {
  if (!photo || !readBlob) return null;
  const outcome = openProofImage(
    doc,
    await readBlob(photo.blob.sha256).catch(() => null),
    photo.blob.mime,
  );
  return outcome.status === "image" ? outcome.image : null;
}

/** The document's output as one byte array (pdfkit emits it in chunks once `end()` is called). */
export function collect(doc: Doc): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("error", reject);
    doc.on("end", () => {
      const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
      }
      resolve(bytes);
    });
  });
}
