import { unzlibSync } from "fflate";
import type { OpenedImage } from "./pdfkit-types";

type ImageOpener = { openImage(src: Uint8Array): OpenedImage };

export type ImageOutcome =
  | { status: "image"; image: OpenedImage }
  | { status: "unreadable" }
  | { status: "not-drawable"; mime: string };

/**
 * Opens a proof's bytes for drawing, or says why it cannot be drawn. pdfkit draws only JPEG and
 * PNG; a WebP proof is listed instead (a PDF proof's first page is drawn by pdf-pages.ts). A PNG's pixels are inflated here once because pdfkit
 * decodes some PNGs (alpha, interlaced) in an asynchronous callback that throws out of reach of any
 * try/catch, which would crash the export instead of listing the file as unreadable.
 */
export function openProofImage(
  doc: ImageOpener,
  bytes: ArrayBuffer | Uint8Array | null,
  mime: string,
): ImageOutcome {
  if (mime !== "image/jpeg" && mime !== "image/png") return { status: "not-drawable", mime };
  if (!bytes) return { status: "unreadable" };
  try {
    const image = doc.openImage(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
    if (!(image.width > 0 && image.height > 0)) return { status: "unreadable" };
    if (image.image && !pngPixelsComplete(image)) return { status: "unreadable" };
    return { status: "image", image };
  } catch {
    return { status: "unreadable" };
  }
}

function pngPixelsComplete(image: OpenedImage): boolean {
  const png = image.image;
  if (!png?.imgData || !png.pixelBitlength) return false;
  const pixels = unzlibSync(png.imgData);
  if (png.interlaceMethod === 1) return pixels.length > 0;
  // One filter byte per row, then the row's bytes.
  const rowBytes = Math.ceil((image.width * png.pixelBitlength) / 8);
  return pixels.length >= image.height * (1 + rowBytes);
}
