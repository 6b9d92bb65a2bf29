import { Unzip, UnzipInflate } from "fflate";
import { type ImportLimits, ImportRefusedError, importLimits } from "./limits";

const LOCAL_HEADER = 0x04034b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Bytes handed to the inflater at a time: 16 KB of deflate can grow to ~16 MB, no more. */
const CHUNK = 16 * 1024;

const readUint32 = (bytes: Uint8Array, at: number) =>
  ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16)) +
  (bytes[at + 3] ?? 0) * 0x1000000;
const readUint16 = (bytes: Uint8Array, at: number) =>
  (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);

/** Whether bytes start like a zip (a local file header, or the end record of an empty zip). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  const head = readUint32(bytes, 0);
  return bytes.byteLength >= 22 && (head === LOCAL_HEADER || head === END_OF_CENTRAL_DIRECTORY);
}

/** The end-of-central-directory record's declared entry count, or null when it is missing. */
function declaredEntryCount(bytes: Uint8Array): number | null {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  const lowest = Math.max(0, bytes.byteLength - 22 - 0xffff);
  for (let at = bytes.byteLength - 22; at >= lowest; at--) {
    if (readUint32(bytes, at) === END_OF_CENTRAL_DIRECTORY) return readUint16(bytes, at + 10);
  }
  return null;
}

/**
 * Reads the entries of a zip that `wanted` asks for, refusing the whole file
 * (ImportRefusedError) when it is not a zip, is cut short, holds too many entries or would
 * inflate past the limits.
 *
 * Why streaming: a zip's declared sizes are written by whoever made it, so a bomb can declare
 * 1 KB and inflate to gigabytes. fflate's streaming Unzip hands over inflated bytes chunk by
 * chunk; they are counted as they come and the entry is terminated as soon as a cap is passed,
 * so memory never holds more than the caps plus one chunk.
 */
export function readZip(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ImportLimits = importLimits,
): Map<string, Uint8Array> {
  if (!looksLikeZip(bytes)) throw new ImportRefusedError("not-zip");
  const declared = declaredEntryCount(bytes);
  if (declared === null) throw new ImportRefusedError("truncated-zip");
  if (declared > limits.maxEntries) throw new ImportRefusedError("too-many-entries");

  const entries = new Map<string, Uint8Array>();
  const unfinished = new Set<string>();
  let refusal: ImportRefusedError | null = null;
  let entryCount = 0;
  let inflatedTotal = 0;

  const unzip = new Unzip((file) => {
    entryCount++;
    if (entryCount > limits.maxEntries) {
      refusal ??= new ImportRefusedError("too-many-entries");
      return;
    }
    if (refusal || !wanted(file.name)) return;
    if ((file.originalSize ?? 0) > limits.maxEntryBytes) {
      refusal = new ImportRefusedError("zip-bomb", `${file.name} declares ${file.originalSize}`);
      return;
    }
    const chunks: Uint8Array[] = [];
    let inflated = 0;
    unfinished.add(file.name);
    file.ondata = (error, chunk, final) => {
      if (refusal) return;
      if (error) {
        refusal = new ImportRefusedError("truncated-zip", `${file.name}: ${error.message}`);
        return;
      }
      inflated += chunk.byteLength;
      inflatedTotal += chunk.byteLength;
      if (inflated > limits.maxEntryBytes || inflatedTotal > limits.maxUncompressedBytes) {
        refusal = new ImportRefusedError("zip-bomb", `${file.name} inflates past the limit`);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) {
        unfinished.delete(file.name);
        entries.set(file.name, concat(chunks, inflated));
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  try {
    for (let at = 0; at < bytes.byteLength && !refusal; at += CHUNK) {
      const end = Math.min(at + CHUNK, bytes.byteLength);
      unzip.push(bytes.subarray(at, end), end === bytes.byteLength);
    }
  } catch (error) {
    refusal ??= new ImportRefusedError("truncated-zip", String(error));
  }
  if (refusal) throw refusal;
  if (unfinished.size > 0) throw new ImportRefusedError("truncated-zip");
  return entries;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
}
