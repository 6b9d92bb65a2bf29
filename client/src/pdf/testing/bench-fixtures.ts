// The documents both halves of the PDF bench render (Node and Chromium), so the figures compare.
import type { BlobRef } from "../../../../shared/schemas/proof";
import { makePng } from "./images";
import { largePortfolio, sampleCvPortfolio } from "./sample-portfolio";

/** A two-page classic CV: 6 experiences with descriptions and activities, 12 competencies. */
export function benchCv() {
  const { cv, records } = sampleCvPortfolio();
  return { cv: { ...cv, experienceIds: cv.experienceIds.slice(0, 6) }, records };
}

/** 50 experiences and 10 proof images (1200×900 PNG photos of certificates, about 100 KB each). */
export function benchPortfolio() {
  const images = Array.from({ length: 10 }, (_, index) => makePng(1200, 900, index % 2 === 1));
  const blobs: BlobRef[] = images.map((image, index) => ({
    sha256: (index + 1).toString(16).padStart(64, "a"),
    size: image.byteLength,
    mime: "image/png",
  }));
  const bytes = new Map(blobs.map((blob, index) => [blob.sha256, images[index] ?? null]));
  return {
    records: largePortfolio(50, blobs),
    readBlob: async (sha256: string) => bytes.get(sha256) ?? null,
  };
}
