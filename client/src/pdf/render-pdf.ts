import PDFDocument from "pdfkit";
import type { DocumentEntry, DocumentImage, DocumentModel, DocumentSection } from "./cv-document";
import { documentLabels } from "./labels";
import { type ImageOutcome, openProofImage } from "./pdf-images";
import { drawPdfPages, openProofPdf, type PdfPagePlacement, type ProofPdfPage } from "./pdf-pages";
import type { OpenedImage, ParsedFont } from "./pdfkit-types";

/** DejaVu Sans regular and bold, as bytes: read from disk in Node, fetched in the browser. */
export type PdfFonts = { regular: ArrayBuffer | Uint8Array; bold: ArrayBuffer | Uint8Array };
/** The bytes of a blob by its SHA-256, or null when the device does not have them. */
export type ReadBlob = (sha256: string) => Promise<ArrayBuffer | Uint8Array | null>;
export type RenderOptions = {
  fonts: PdfFonts;
  /** Needed for the photo and the annex images; without it they are left out. */
  readBlob?: ReadBlob;
  onProgress?: (done: number, total: number) => void;
};

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const BOTTOM = A4.height - MARGIN;
const FOOTER_Y = A4.height - 32;
const INK = "#1a1a1a";
const MUTED = "#4d4d4d";
const ACCENT = "#1d4e89";
const SIDE_FILL = "#eef2f7";
const BODY = { size: 9.5, lineGap: 1.5 };

/** A column that flows from page to page; two-column CVs have two, each with its own cursor. */
type Column = { x: number; width: number; top: number; page: number; y: number };

/** A measured piece of an entry: drawn at (x, y) of its column, `height` includes its spacing. */
type Piece = {
  height: number;
  draw: (parent: Struct, x: number, y: number, page: number) => void;
};

/** What an annex shows: an image, a PDF proof's first page, or a note saying why neither. */
type AnnexOutcome = ImageOutcome | ProofPdfPage;

type Variant = "classic" | "side" | "europass";

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
      if (section) await drawSection(doc, root, side, section, "side", options, progress, pdfPages);
    }
    for (const section of model.sections.filter((candidate) => !isSideSection(candidate))) {
      await drawSection(doc, root, main, section, "classic", options, progress, pdfPages);
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
      await drawSection(doc, root, column, section, variant, options, progress, pdfPages);
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

const EUROPASS_LABEL = 128;
const EUROPASS_GAP = 14;

async function drawSection(
  doc: Doc,
  root: Struct,
  column: Column,
  section: DocumentSection,
  variant: Variant,
  options: RenderOptions,
  progress: () => Promise<void>,
  pdfPages: PdfPagePlacement[],
): Promise<void> {
  if (section.entries.length === 0) return;
  const sect = doc.struct("Sect");
  root.add(sect);
  const heading = headingPiece(doc, section.heading, column.width, variant);
  let first = true;
  for (const entry of section.entries) {
    const outcome = entry.annex ? await loadAnnex(doc, entry.annex, options.readBlob) : null;
    const pieces = entryPieces(doc, entry, column, variant, outcome, pdfPages);
    const entryHeight = pieces.reduce((sum, piece) => sum + piece.height, 0);
    if (first) {
      // Keep the heading with the first entry (or with its first piece, if the entry is huge).
      const firstPiece = pieces[0]?.height ?? 0;
      const keep = fits(column, heading.height + entryHeight) ? entryHeight : firstPiece;
      ensure(doc, column, heading.height + keep);
      drawPiece(doc, sect, column, heading);
      first = false;
    }
    const entryParent = doc.struct("Div");
    sect.add(entryParent);
    if (fits(column, entryHeight)) {
      ensure(doc, column, entryHeight);
      for (const piece of pieces) drawPiece(doc, entryParent, column, piece);
    } else {
      for (const piece of pieces) {
        ensure(doc, column, piece.height);
        drawPiece(doc, entryParent, column, piece);
      }
    }
    entryParent.end();
    column.y += variant === "side" ? 4 : 8;
    await progress();
  }
  sect.end();
}

/** Whether a block of this height can stand on one page of the column at all. */
function fits(column: Column, height: number): boolean {
  return height <= BOTTOM - column.top;
}

/** Moves the column to its next page when `height` does not fit below its cursor. */
function ensure(doc: Doc, column: Column, height: number): void {
  if (column.y + height <= BOTTOM || column.y <= column.top) return;
  column.page += 1;
  column.y = column.top;
  if (column.page >= doc.bufferedPageRange().count) doc.addPage();
}

function drawPiece(doc: Doc, parent: Struct, column: Column, piece: Piece): void {
  doc.switchToPage(column.page);
  piece.draw(parent, column.x, column.y, column.page);
  column.y += piece.height;
}

function headingPiece(doc: Doc, heading: string, width: number, variant: Variant): Piece {
  if (variant === "europass") {
    const style: TextStyle = {
      font: "Bold",
      size: 10.5,
      color: ACCENT,
      width: EUROPASS_LABEL,
      align: "right",
    };
    const height = measure(doc, heading, style);
    return {
      height: height + 8,
      draw: (parent, x, y) => {
        parent.add(doc.struct("H2", {}, () => write(doc, heading, x, y, style)));
        const ruleX = x + EUROPASS_LABEL + EUROPASS_GAP;
        const ruleY = y + height / 2;
        artifact(doc, () =>
          doc
            .moveTo(ruleX, ruleY)
            .lineTo(x + width, ruleY)
            .lineWidth(0.8)
            .strokeColor(ACCENT)
            .stroke(),
        );
      },
    };
  }
  const size = variant === "side" ? 11 : 13;
  const style: TextStyle = { font: "Bold", size, color: ACCENT, width };
  const height = measure(doc, heading, style);
  return {
    height: height + 9,
    draw: (parent, x, y) => {
      parent.add(doc.struct("H2", {}, () => write(doc, heading, x, y, style)));
      artifact(doc, () =>
        doc
          .moveTo(x, y + height + 2)
          .lineTo(x + width, y + height + 2)
          .lineWidth(0.5)
          .strokeColor(ACCENT)
          .stroke(),
      );
    },
  };
}

/**
 * The pieces of one entry for the variant: classic puts the dates on the title's line, right-aligned;
 * Europass puts them in the label column; the side column stacks everything.
 */
function entryPieces(
  doc: Doc,
  entry: DocumentEntry,
  column: Column,
  variant: Variant,
  annex: AnnexOutcome | null,
  pdfPages: PdfPagePlacement[],
): Piece[] {
  const indent = variant === "europass" ? EUROPASS_LABEL + EUROPASS_GAP : 0;
  const width = column.width - indent;
  const small = variant === "side" ? 9 : BODY.size;
  const pieces: Piece[] = [];
  const titleStyle: TextStyle = {
    font: "Bold",
    size: variant === "side" ? 9.5 : 11,
    color: INK,
    width,
  };
  const datesStyle: TextStyle = { font: "Regular", size: small, color: MUTED, width: 0 };
  if (variant === "europass") {
    const dateStyle = { ...datesStyle, width: EUROPASS_LABEL, align: "right" as const };
    const titleHeight = entry.title ? measure(doc, entry.title, titleStyle) : 0;
    const datesHeight = entry.dates ? measure(doc, entry.dates, dateStyle) : 0;
    if (titleHeight || datesHeight) {
      pieces.push({
        height: Math.max(titleHeight, datesHeight) + 2,
        draw: (parent, x, y) => {
          if (entry.title)
            parent.add(
              doc.struct("H3", {}, () => write(doc, entry.title, x + indent, y, titleStyle)),
            );
          if (entry.dates)
            parent.add(doc.struct("P", {}, () => write(doc, entry.dates, x, y + 1, dateStyle)));
        },
      });
    }
  } else if (variant === "classic" && entry.dates) {
    const datesWidth = Math.min(
      doc.font("Regular").fontSize(small).widthOfString(entry.dates) + 2,
      width / 2,
    );
    const dateStyle = { ...datesStyle, width: datesWidth, align: "right" as const };
    const headStyle = { ...titleStyle, width: width - datesWidth - 10 };
    const titleHeight = entry.title ? measure(doc, entry.title, headStyle) : 0;
    const datesHeight = measure(doc, entry.dates, dateStyle);
    pieces.push({
      height: Math.max(titleHeight, datesHeight) + 2,
      draw: (parent, x, y) => {
        if (entry.title)
          parent.add(doc.struct("H3", {}, () => write(doc, entry.title, x, y, headStyle)));
        parent.add(
          doc.struct("P", {}, () =>
            write(doc, entry.dates, x + width - datesWidth, y + 1.5, dateStyle),
          ),
        );
      },
    });
  } else {
    if (entry.title) pieces.push(textPiece(doc, "H3", entry.title, titleStyle, 1, indent));
    if (entry.dates)
      pieces.push(textPiece(doc, "P", entry.dates, { ...datesStyle, width }, 1, indent));
  }
  if (entry.subtitle) {
    pieces.push(
      textPiece(
        doc,
        "P",
        entry.subtitle,
        { font: "Regular", size: small, color: MUTED, width },
        2,
        indent,
      ),
    );
  }
  for (const line of entry.lines) {
    pieces.push(
      textPiece(doc, "P", line, { font: "Regular", size: small, color: INK, width }, 3, indent),
    );
  }
  if (entry.bullets.length > 0) pieces.push(listPiece(doc, entry.bullets, small, width, indent));
  if (entry.annex && annex) {
    pieces.push(...annexPieces(doc, entry.annex, annex, width, indent, pdfPages));
  }
  return pieces;
}

function annexPieces(
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

function placeFigure(
  doc: Doc,
  root: Struct,
  column: Column,
  image: OpenedImage,
  width: number,
  height: number,
  alt: string,
): void {
  doc.switchToPage(column.page);
  const { x, y } = column;
  root.add(
    doc.struct("Figure", { alt }, () => {
      doc.image(image, x, y, { fit: [width, height], align: "center", valign: "center" });
    }),
  );
  column.y += height + 12;
}

function listPiece(
  doc: Doc,
  bullets: string[],
  size: number,
  width: number,
  indent: number,
): Piece {
  const bulletIndent = 11;
  const style: TextStyle = { font: "Regular", size, color: INK, width: width - bulletIndent };
  const heights = bullets.map((bullet) => measure(doc, bullet, style) + 1.5);
  return {
    height: heights.reduce((sum, height) => sum + height, 0) + 2,
    draw: (parent, x, y) => {
      const list = doc.struct("L");
      parent.add(list);
      let top = y;
      bullets.forEach((bullet, index) => {
        const item = doc.struct("LI");
        list.add(item);
        item.add(
          doc.struct("Lbl", {}, () => write(doc, "•", x + indent + 2, top, { ...style, width: 8 })),
        );
        item.add(
          doc.struct("LBody", {}, () => write(doc, bullet, x + indent + bulletIndent, top, style)),
        );
        item.end();
        top += heights[index] ?? 0;
      });
      list.end();
    },
  };
}

type TextStyle = {
  font: "Regular" | "Bold";
  size: number;
  color: string;
  width: number;
  align?: "left" | "right" | "center";
};

function textPiece(
  doc: Doc,
  type: string,
  text: string,
  style: TextStyle,
  after: number,
  indent = 0,
): Piece {
  const height = measure(doc, text, style);
  return {
    height: height + after,
    draw: (parent, x, y) => {
      parent.add(doc.struct(type, {}, () => write(doc, text, x + indent, y, style)));
    },
  };
}

function measure(doc: Doc, text: string, style: TextStyle): number {
  return doc
    .font(style.font)
    .fontSize(style.size)
    .heightOfString(text, { width: style.width, lineGap: BODY.lineGap, align: style.align });
}

function write(doc: Doc, text: string, x: number, y: number, style: TextStyle): void {
  doc
    .font(style.font)
    .fontSize(style.size)
    .fillColor(style.color)
    .text(text, x, y, { width: style.width, lineGap: BODY.lineGap, align: style.align ?? "left" });
}

/** Decoration (rules, backgrounds, page numbers): marked as artifact, outside the structure. */
function artifact(doc: Doc, draw: () => void): void {
  doc.markContent("Artifact");
  draw();
  doc.endMarkedContent();
}

function numberPages(doc: Doc, label: (page: number, total: number) => string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    // Below the bottom margin pdfkit would start a new page: lift the margin for the footer.
    const { margins } = doc.page;
    const bottom = margins.bottom;
    margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font("Regular")
      .fontSize(8)
      .fillColor(MUTED)
      .text(label(index + 1, count), MARGIN, FOOTER_Y, {
        width: A4.width - 2 * MARGIN,
        align: "center",
        lineBreak: false,
      });
    doc.endMarkedContent();
    margins.bottom = bottom;
  }
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

async function loadAnnex(
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

type FontSource = ArrayBuffer | Uint8Array;
const parsedFonts = new WeakMap<FontSource, ParsedFont>();

/**
 * The font parsed once per font buffer: parsing DejaVu's tables is most of a warm CV render, and
 * pdfkit accepts an already-parsed fontkit font (it subsets it per document; fontkit's glyph cache
 * is shared, which only helps). The parsed font is read from pdfkit's font wrapper (`font`), since
 * fontkit is pdfkit's dependency, not ours; if that ever changes, the bytes are parsed every time.
 */
function parsedFont(doc: Doc, source: FontSource): ParsedFont | Uint8Array {
  const bytes = source instanceof Uint8Array ? source : new Uint8Array(source);
  const cached = parsedFonts.get(source);
  if (cached) return cached;
  doc.font(bytes);
  const wrapper: unknown = Reflect.get(doc, "_font");
  const font: unknown =
    wrapper && typeof wrapper === "object" ? Reflect.get(wrapper, "font") : null;
  if (!isParsedFont(font)) return bytes;
  parsedFonts.set(source, font);
  return font;
}

function isParsedFont(value: unknown): value is ParsedFont {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof Reflect.get(value, "layout") === "function"
  );
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
