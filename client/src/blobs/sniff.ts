import { type BlobMime, MAX_BLOB_BYTES } from "../../../shared/schemas/proof";

/** Why a file was refused before anything was stored. */
export type FileProblem = "empty" | "too-big" | "wrong-type";

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string) => Array.from(text, (character) => character.charCodeAt(0));

/**
 * The type of a file from its first bytes, never from its name or the browser's guess: an HTML
 * page renamed `.pdf` is not a PDF. The server sniffs the same four types (docs/sync-protocol.md).
 */
export function sniffBlobMime(bytes: ArrayBuffer): BlobMime | null {
  const head = new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 16));
  if (startsWith(head, ascii("%PDF-"))) return "application/pdf";
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(head, ascii("RIFF")) && startsWith(head, ascii("WEBP"), 8)) return "image/webp";
  return null;
}

/** What is wrong with a file of `size` bytes whose head is `bytes`, or its type when it is fine. */
export function checkFileBytes(
  bytes: ArrayBuffer,
  size = bytes.byteLength,
): { mime: BlobMime } | { problem: FileProblem } {
  if (size === 0) return { problem: "empty" };
  if (size > MAX_BLOB_BYTES) return { problem: "too-big" };
  const mime = sniffBlobMime(bytes);
  return mime ? { mime } : { problem: "wrong-type" };
}
