/**
 * The page geometry and the drawing primitives of every PDF: columns that flow from page to page,
 * pieces measured before they are drawn, text, lists, figures and decoration marked as artifact.
 */
import type { OpenedImage } from "./pdfkit-types";

export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;

export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = 48;
export const BOTTOM = A4.height - MARGIN;
export const FOOTER_Y = A4.height - 32;
export const INK = "#1a1a1a";
export const MUTED = "#4d4d4d";
export const ACCENT = "#1d4e89";
export const SIDE_FILL = "#eef2f7";
export const BODY = { size: 9.5, lineGap: 1.5 };

/** A column that flows from page to page; two-column CVs have two, each with its own cursor. */
export type Column = { x: number; width: number; top: number; page: number; y: number };

/** A measured piece of an entry: drawn at (x, y) of its column, `height` includes its spacing. */
export type Piece = {
  height: number;
  draw: (parent: Struct, x: number, y: number, page: number) => void;
};

export type TextStyle = {
  font: "Regular" | "Bold";
  size: number;
  color: string;
  width: number;
  align?: "left" | "right" | "center";
};

/** Whether a block of this height can stand on one page of the column at all. */
export function fits(column: Column, height: number): boolean {
  return height <= BOTTOM - column.top;
}

/** Moves the column to its next page when `height` does not fit below its cursor. */
export function ensure(doc: Doc, column: Column, height: number): void {
  if (column.y + height <= BOTTOM || column.y <= column.top) return;
  column.page += 1;
  column.y = column.top;
  if (column.page >= doc.bufferedPageRange().count) doc.addPage();
}

export function drawPiece(doc: Doc, parent: Struct, column: Column, piece: Piece): void {
  doc.switchToPage(column.page);
  piece.draw(parent, column.x, column.y, column.page);
  column.y += piece.height;
}

export function placeFigure(
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

export function listPiece(
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

export function textPiece(
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

export function measure(doc: Doc, text: string, style: TextStyle): number {
  return doc
    .font(style.font)
    .fontSize(style.size)
    .heightOfString(text, { width: style.width, lineGap: BODY.lineGap, align: style.align });
}

export function write(doc: Doc, text: string, x: number, y: number, style: TextStyle): void {
  doc
    .font(style.font)
    .fontSize(style.size)
    .fillColor(style.color)
    .text(text, x, y, { width: style.width, lineGap: BODY.lineGap, align: style.align ?? "left" });
}

/** Decoration (rules, backgrounds, page numbers): marked as artifact, outside the structure. */
export function artifact(doc: Doc, draw: () => void): void {
  doc.markContent("Artifact");
  draw();
  doc.endMarkedContent();
}

export function numberPages(doc: Doc, label: (page: number, total: number) => string): void {
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
