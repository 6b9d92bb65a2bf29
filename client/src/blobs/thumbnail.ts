import { useEffect, useState } from "react";
import type { BlobRef } from "../../../shared/schemas/proof";
import { db, type SkillfolioDatabase } from "../db/database";
import { useBlobPresent } from "./use-blob-url";

/** Longest side of a list thumbnail, in pixels (about twice its displayed size, for sharp screens). */
export const THUMBNAIL_SIZE = 320;
const CACHE_LIMIT = 120;

/**
 * Thumbnails live in memory only (object URLs of small JPEGs), keyed by hash: they are cheap to
 * redo from the bytes, and the device's storage is kept for the person's own files.
 */
const cache = new Map<string, Promise<string | null>>();

export function thumbnailSize(width: number, height: number, longest = THUMBNAIL_SIZE) {
  const scale = Math.min(1, longest / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

async function drawThumbnail(bytes: ArrayBuffer, mime: string): Promise<Blob> {
  const bitmap = await createImageBitmap(new Blob([bytes], { type: mime }));
  const { width, height } = thumbnailSize(bitmap.width, bitmap.height);
  try {
    if (typeof OffscreenCanvas !== "undefined") {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no 2d context");
      context.drawImage(bitmap, 0, 0, width, height);
      return await canvas.convertToBlob({ type: "image/jpeg", quality: 0.8 });
    }
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d context");
    context.drawImage(bitmap, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("no thumbnail"))),
        "image/jpeg",
        0.8,
      ),
    );
  } finally {
    bitmap.close();
  }
}

async function makeThumbnail(sha256: string, database: SkillfolioDatabase): Promise<string | null> {
  const entry = await database.blobs.get(sha256);
  if (!entry) return null;
  try {
    return URL.createObjectURL(await drawThumbnail(entry.bytes, entry.mime));
  } catch (error) {
    // A browser without createImageBitmap, or an image it cannot decode: the full image will do.
    console.warn("[skillfolio] no thumbnail, showing the image itself", sha256, error);
    return URL.createObjectURL(new Blob([entry.bytes], { type: entry.mime }));
  }
}

function thumbnailUrl(sha256: string, database: SkillfolioDatabase): Promise<string | null> {
  const cached = cache.get(sha256);
  if (cached) return cached;
  const made = makeThumbnail(sha256, database);
  made.then((url) => {
    if (url === null) cache.delete(sha256);
  });
  cache.set(sha256, made);
  if (cache.size > CACHE_LIMIT) {
    const [oldest, url] = cache.entries().next().value ?? [];
    if (oldest) {
      cache.delete(oldest);
      void url?.then((old) => old && URL.revokeObjectURL(old));
    }
  }
  return made;
}

/**
 * A small image of a photo or scan for lists: an object URL, or null for a PDF, a file not on
 * this device yet, or while it is being drawn.
 */
export function useThumbnail(ref: BlobRef, database: SkillfolioDatabase = db): string | null {
  const { sha256 } = ref;
  const isImage = ref.mime.startsWith("image/");
  const present = useBlobPresent(isImage ? sha256 : null, database);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!isImage || !present) {
      setUrl(null);
      return;
    }
    let current = true;
    thumbnailUrl(sha256, database).then((made) => current && setUrl(made));
    return () => {
      current = false;
    };
  }, [isImage, present, sha256, database]);
  return url;
}
