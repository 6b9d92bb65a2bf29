import { type BlobRef, MAX_BLOB_BYTES } from "../../../shared/schemas/proof";
import { syncTables } from "../../../shared/sync/protocol";
import { db, type SkillfolioDatabase } from "../db/database";
import { sha256Hex } from "./sha256";
import { checkFileBytes, type FileProblem } from "./sniff";

/** A picked file that was refused; `problem` says why, for a message in the person's language. */
export class FileRefusedError extends Error {
  constructor(readonly problem: FileProblem) {
    super(`file refused: ${problem}`);
  }
}

/** A file read, checked and hashed, not stored yet. */
export type PreparedFile = { ref: BlobRef; bytes: ArrayBuffer; name: string };

/**
 * Reads, checks (size, sniffed type) and hashes a file the person picked. Writes nothing, so a
 * form can hold the file until its record is saved. Throws FileRefusedError.
 */
export async function prepareFile(file: File): Promise<PreparedFile> {
  // Refused on the size the browser reports, before a huge file is read into memory.
  if (file.size === 0) throw new FileRefusedError("empty");
  if (file.size > MAX_BLOB_BYTES) throw new FileRefusedError("too-big");
  const bytes = await file.arrayBuffer();
  const checked = checkFileBytes(bytes);
  if ("problem" in checked) throw new FileRefusedError(checked.problem);
  const sha256 = await sha256Hex(bytes);
  return { ref: { sha256, size: bytes.byteLength, mime: checked.mime }, bytes, name: file.name };
}

/** Keeps the bytes once per hash, waiting for upload. Returns whether they were new here. */
export async function keepFile(
  prepared: PreparedFile,
  database: SkillfolioDatabase = db,
): Promise<boolean> {
  const present = await database.blobs.where("sha256").equals(prepared.ref.sha256).count();
  if (present > 0) return false;
  await database.blobs.add({ ...prepared.ref, bytes: prepared.bytes, uploadedAt: null });
  return true;
}

/** Checks, hashes and keeps a file on this device; the sync engine uploads it later. */
export async function storeFile(file: File, database: SkillfolioDatabase = db): Promise<BlobRef> {
  const prepared = await prepareFile(file);
  await keepFile(prepared, database);
  return prepared.ref;
}

/**
 * Runs `save` (record writes through saveRecord, linkEvidence...) in one transaction with the
 * storing of `prepared`: a record and the bytes it points to land together or not at all, and a
 * failed save leaves no orphan file behind.
 */
export function saveWithFile<T>(
  prepared: PreparedFile | null,
  save: () => Promise<T>,
  database: SkillfolioDatabase = db,
): Promise<T> {
  const tables = [
    database.blobs,
    ...syncTables.map((table) => database[table]),
    database.serverCopies,
    database.outbox,
    database.rejections,
    database.meta,
  ];
  return database.transaction("rw", tables, async () => {
    if (prepared) await keepFile(prepared, database);
    return save();
  });
}
