import { strFromU8 } from "fflate";
import { z } from "zod/mini";
import { idSchema } from "../../../shared/schemas/common";
import { profileFieldsSchema } from "../../../shared/schemas/profile";
import type { BlobRef } from "../../../shared/schemas/proof";
import { fieldSchemas } from "../../../shared/sync/fields";
import { sha256Hex } from "../blobs/sha256";
import { checkFileBytes } from "../blobs/sniff";
import {
  ARCHIVE_BLOB_FOLDER,
  ARCHIVE_FORMAT,
  ARCHIVE_JSON,
  ARCHIVE_VERSION,
  archiveEnvelopeSchema,
} from "./archive-format";
import { cleanRecord } from "./clean-record";
import {
  type ImportCandidates,
  noCandidates,
  parsed,
  type UnreadableReason,
  where,
} from "./import-candidates";
import { ImportRefusedError } from "./limits";

const withId = <S extends z.ZodMiniObject>(schema: S) => z.extend(schema, { id: idSchema });
const experienceEntry = withId(fieldSchemas.experience);
const competencyEntry = withId(fieldSchemas.competency);
const proofEntry = withId(fieldSchemas.proof);
const cvEntry = withId(fieldSchemas.cv);

/** A label for a record that failed its schema: its title or label if it has one, else its id. */
function describe(table: string, value: unknown): string {
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key of ["title", "label", "firstName", "id"]) {
      const text = record[key];
      if (typeof text === "string" && text.trim() !== "") return where(`${table}: ${text}`);
    }
  }
  return table;
}

/** Parses skillfolio.json; a file that is not ours, or from a newer version, is refused whole. */
export function readArchiveJson(text: string) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ImportRefusedError("not-json");
  }
  const envelope = archiveEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    const format = (json as { format?: unknown } | null)?.format;
    throw new ImportRefusedError(format === ARCHIVE_FORMAT ? "wrong-format" : "not-json");
  }
  if (envelope.data.version > ARCHIVE_VERSION) throw new ImportRefusedError("newer-version");
  return envelope.data;
}

/**
 * Reads our own export: every record through its schema (a damaged one is listed, the rest is
 * kept), every proof with its file checked (present, same SHA-256 as its name and its record
 * say, a type we accept).
 */
export async function readArchive(entries: Map<string, Uint8Array>): Promise<ImportCandidates> {
  const json = entries.get(ARCHIVE_JSON);
  if (!json) throw new ImportRefusedError("unknown-zip");
  const { records } = readArchiveJson(strFromU8(json));
  const candidates = noCandidates("skillfolio");
  const unreadable = (whereText: string, reason: UnreadableReason) =>
    candidates.unreadable.push({ where: whereText, reason });

  const verified = new Map<string, boolean>();
  async function fileFor(ref: BlobRef): Promise<{ bytes: ArrayBuffer } | UnreadableReason> {
    const bytes = entries.get(`${ARCHIVE_BLOB_FOLDER}${ref.sha256}`);
    if (!bytes) return "file-missing";
    const buffer = bytes.slice().buffer;
    let matches = verified.get(ref.sha256);
    if (matches === undefined) {
      matches = (await sha256Hex(buffer)) === ref.sha256;
      verified.set(ref.sha256, matches);
    }
    if (!matches || bytes.byteLength !== ref.size) return "file-mismatch";
    const checked = checkFileBytes(buffer);
    if (!("mime" in checked) || checked.mime !== ref.mime) return "file-wrong-type";
    return { bytes: buffer };
  }

  const [rawProfile] = records.profile ?? [];
  if (rawProfile !== undefined) {
    const profileRecord = cleanRecord(candidates, "profile", rawProfile);
    const fields = parsed(profileFieldsSchema, profileRecord);
    if (!fields) unreadable(describe("profile", profileRecord), "invalid-record");
    else {
      let photoBytes: ArrayBuffer | null = null;
      if (fields.photo) {
        const file = await fileFor(fields.photo);
        if (typeof file === "string") {
          unreadable(where("photo"), file);
          fields.photo = null;
        } else photoBytes = file.bytes;
      }
      candidates.profile = { fields, photoBytes };
    }
  }
  for (const raw of records.experience ?? []) {
    const record = cleanRecord(candidates, "experience", raw);
    const entry = parsed(experienceEntry, record);
    if (!entry) unreadable(describe("experience", record), "invalid-record");
    else candidates.experiences.push({ sourceId: entry.id, fields: withoutId(entry) });
  }
  for (const raw of records.proof ?? []) {
    const record = cleanRecord(candidates, "proof", raw);
    const entry = parsed(proofEntry, record);
    if (!entry) {
      unreadable(describe("proof", record), "invalid-record");
      continue;
    }
    const file = await fileFor(entry.blob);
    if (typeof file === "string") unreadable(where(entry.title), file);
    else
      candidates.proofs.push({ sourceId: entry.id, fields: withoutId(entry), bytes: file.bytes });
  }
  for (const raw of records.competency ?? []) {
    const record = cleanRecord(candidates, "competency", raw);
    const entry = parsed(competencyEntry, record);
    if (!entry) unreadable(describe("competency", record), "invalid-record");
    else candidates.competencies.push({ sourceId: entry.id, fields: withoutId(entry) });
  }
  for (const raw of records.cv ?? []) {
    const record = cleanRecord(candidates, "cv", raw);
    const entry = parsed(cvEntry, record);
    if (!entry) unreadable(describe("cv", record), "invalid-record");
    else candidates.cvs.push({ sourceId: entry.id, fields: withoutId(entry) });
  }
  return candidates;
}

function withoutId<T extends { id: string }>({ id: _id, ...fields }: T): Omit<T, "id"> {
  return fields;
}
