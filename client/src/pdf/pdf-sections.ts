/**
 * A document's sections as pieces of the page: headings, entries in the classic, side-column and
 * Europass variants, and the annexes of proofs (an image, a PDF's first page, or a note).
 */
import type { DocumentEntry, DocumentSection } from "./document-model";
import { type AnnexOutcome, annexPieces, loadAnnex, type ReadBlob } from "./pdf-annex";
import {
  ACCENT,
  artifact,
  BODY,
  type Column,
  type Doc,
  drawPiece,
  ensure,
  fits,
  INK,
  listPiece,
  MUTED,
  measure,
  type Piece,
  type Struct,
  type TextStyle,
  textPiece,
  write,
} from "./pdf-layout";
import type { PdfPagePlacement } from "./pdf-pages";

export type Variant = "classic" | "side" | "europass";

export const EUROPASS_LABEL = 128;
export const EUROPASS_GAP = 14;

export async function drawSection(
  doc: Doc,
  root: Struct,
  column: Column,
  section: DocumentSection,
  variant: Variant,
  readBlob: ReadBlob | undefined,
  progress: () => Promise<void>,
  pdfPages: PdfPagePlacement[],
): Promise<void> {
  if (section.entries.length === 0) return;
  const sect = doc.struct("Sect");
  root.add(sect);
  const heading = headingPiece(doc, section.heading, column.width, variant);
  let first = true;
  for (const entry of section.entries) {
    const outcome = entry.annex ? await loadAnnex(doc, entry.annex, readBlob) : null;
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
