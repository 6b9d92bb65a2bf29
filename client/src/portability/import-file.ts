import { db, type SkillfolioDatabase } from "../db/database";
import { ARCHIVE_BLOB_FOLDER, ARCHIVE_FORMAT, ARCHIVE_JSON } from "./archive-format";
import type { ImportCandidates } from "./import-candidates";
import { type ImportPlan, planImport } from "./import-plan";
import { type ImportLimits, ImportRefusedError, importLimits } from "./limits";
import { readPortfolio } from "./portfolio-data";
import { readArchive } from "./read-archive";
import { readJsonResume } from "./read-json-resume";
import { linkedInFileOf, readLinkedIn } from "./read-linkedin";
import { looksLikeZip, readZip } from "./read-zip";

/** A picked file, or bytes with a name (tests, a file shared to the app). */
export type ImportInput = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

const wantedEntry = (name: string) =>
  name === ARCHIVE_JSON || name.startsWith(ARCHIVE_BLOB_FOLDER) || linkedInFileOf(name) !== null;

/**
 * Reads what a file holds, whichever of the three formats it is: our zip (or its bare
 * skillfolio.json), a JSON Resume, or LinkedIn's export zip. The format is told from the bytes,
 * never from the name. Throws ImportRefusedError when the file cannot be imported at all.
 */
export async function readImportFile(
  file: ImportInput,
  limits: ImportLimits = importLimits,
): Promise<ImportCandidates> {
  // Refused on the size the browser reports, before a huge file is read into memory.
  if (file.size > limits.maxFileBytes) throw new ImportRefusedError("too-big");
  if (file.size === 0) throw new ImportRefusedError("empty");
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.byteLength > limits.maxFileBytes) throw new ImportRefusedError("too-big");

  if (looksLikeZip(bytes)) {
    const entries = readZip(bytes, wantedEntry, limits);
    if (entries.has(ARCHIVE_JSON)) return readArchive(entries);
    if ([...entries.keys()].some((name) => linkedInFileOf(name))) return readLinkedIn(entries);
    throw new ImportRefusedError("unknown-zip");
  }
  if (/\.zip$/i.test(file.name) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new ImportRefusedError("not-zip");
  }
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  if (!/^\s*[[{]/.test(text)) {
    throw new ImportRefusedError(/\.json$/i.test(file.name) ? "not-json" : "unsupported");
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ImportRefusedError("not-json");
  }
  if ((json as { format?: unknown } | null)?.format === ARCHIVE_FORMAT) {
    return readArchive(new Map([[ARCHIVE_JSON, bytes]]));
  }
  return readJsonResume(json);
}

/** Reads a file and matches it against the portfolio on this device: the preview. Writes nothing. */
export async function previewImport(
  file: ImportInput,
  database: SkillfolioDatabase = db,
  limits: ImportLimits = importLimits,
): Promise<ImportPlan> {
  const candidates = await readImportFile(file, limits);
  return planImport(candidates, await readPortfolio(database));
}
