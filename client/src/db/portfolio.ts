import type { z } from "zod/mini";
import { uuidv7 } from "../../../shared/ids";
import { competencySchema } from "../../../shared/schemas/competency";
import { cvSchema } from "../../../shared/schemas/cv";
import { experienceSchema } from "../../../shared/schemas/experience";
import { profileSchema } from "../../../shared/schemas/profile";
import { proofSchema } from "../../../shared/schemas/proof";
import { cleanTextFields } from "../../../shared/schemas/text-fields";
import { type FieldsOf, fieldSchemas } from "../../../shared/sync/fields";
import type { SyncTable } from "../../../shared/sync/protocol";
import { changedFields, writeLocal } from "../../../shared/sync/replica";
import { db, type SkillfolioDatabase } from "./database";
import { localWrites } from "./local-writes";
import { DexieReplicaStore } from "./replica-store";

/** Whole records (fields and sync columns) as stored on the device, per synced table. */
export const recordSchemas = {
  profile: profileSchema,
  experience: experienceSchema,
  competency: competencySchema,
  proof: proofSchema,
  cv: cvSchema,
} as const;

export { localWrites } from "./local-writes";

/**
 * A stored record through its schema. A record saved before the one text rule existed may hold
 * a character the rule now refuses (a bidi control in a title): it is shown with its text
 * cleaned rather than hidden, and the next save of the record writes the cleaned text.
 */
function parseStored<S extends z.ZodMiniType>(schema: S, row: unknown) {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed;
  const cleaned = schema.safeParse(cleanTextFields(row).value);
  return cleaned.success ? cleaned : parsed;
}

/**
 * Reads a table's live (not deleted) records through its schema (`recordSchemas`). Anything in IndexedDB that does not parse (a corrupted row, a
 * record written by another version of the app) is skipped and counted, never shown half-read.
 */
export async function readRecords<S extends z.ZodMiniType<{ deleted: boolean }>>(
  table: SyncTable,
  schema: S,
  database: SkillfolioDatabase = db,
): Promise<{ records: z.output<S>[]; unreadable: number }> {
  const rows = await database[table].toArray();
  const records: z.output<S>[] = [];
  let unreadable = 0;
  for (const row of rows) {
    const parsed = parseStored(schema, row);
    if (!parsed.success) {
      unreadable++;
      console.warn(
        `[skillfolio] skipped an unreadable ${table} record`,
        row?.id,
        parsed.error.issues[0],
      );
      continue;
    }
    if (!parsed.data.deleted) records.push(parsed.data);
  }
  return { records, unreadable };
}

export async function readRecord<S extends z.ZodMiniType>(
  table: SyncTable,
  schema: S,
  id: string,
  database: SkillfolioDatabase = db,
): Promise<z.output<S> | undefined> {
  const parsed = parseStored(schema, await database[table].get(id));
  return parsed.success ? parsed.data : undefined;
}

export class InvalidRecordError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super("invalid record");
  }
}

/**
 * Saves a record locally: creates it (every field) or writes the fields that changed, with its
 * outbox entry in the same transaction. Validated by the shared schema first: nothing half-saved.
 * Returns the record's id.
 */
export async function saveRecord<T extends SyncTable>(
  table: T,
  id: string | null,
  fields: FieldsOf[T],
  database: SkillfolioDatabase = db,
): Promise<string> {
  const parsed = fieldSchemas[table].safeParse(fields);
  if (!parsed.success) {
    throw new InvalidRecordError(
      parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join("."),
        message: issue.message,
      })),
    );
  }
  const store = new DexieReplicaStore(database);
  const ownerId = await store.ownerId();
  const key = id ?? uuidv7();
  await store.transaction(async (tx) => {
    const current = await tx.getView(table, key);
    if (!current || current.deleted) {
      await writeLocal(tx, ownerId, table, key, "put", parsed.data);
      return;
    }
    const changes = changedFields(current, parsed.data);
    if (Object.keys(changes).length > 0)
      await writeLocal(tx, ownerId, table, key, "patch", changes);
  });
  localWrites.dispatchEvent(new Event("write"));
  return key;
}

/** Deletes locally (a tombstone that syncs); `restoreRecord` takes it back. */
export async function deleteRecord(
  table: SyncTable,
  id: string,
  database: SkillfolioDatabase = db,
) {
  await writeOp(table, id, "delete", database);
}

export async function restoreRecord(
  table: SyncTable,
  id: string,
  database: SkillfolioDatabase = db,
) {
  await writeOp(table, id, "restore", database);
}

async function writeOp(
  table: SyncTable,
  id: string,
  op: "delete" | "restore",
  database: SkillfolioDatabase,
) {
  const store = new DexieReplicaStore(database);
  const ownerId = await store.ownerId();
  await store.transaction(async (tx) => {
    const current = await tx.getView(table, id);
    if (!current || current.deleted === (op === "delete")) return;
    await writeLocal(tx, ownerId, table, id, op, {});
  });
  localWrites.dispatchEvent(new Event("write"));
}

/**
 * Writes one field of an existing record, checked against the entity's schema (used to re-apply
 * a value that lost a conflict). Throws InvalidRecordError when the result would not be valid.
 */
export async function writeField(
  table: SyncTable,
  id: string,
  field: string,
  value: unknown,
  database: SkillfolioDatabase = db,
) {
  const store = new DexieReplicaStore(database);
  const ownerId = await store.ownerId();
  await store.transaction(async (tx) => {
    const current = await tx.getView(table, id);
    if (!current) throw new InvalidRecordError([{ path: field, message: "No such record" }]);
    const {
      id: _id,
      ownerId: _owner,
      version: _version,
      deleted: _deleted,
      updatedAt: _at,
      ...fields
    } = current;
    const parsed = fieldSchemas[table].safeParse({ ...fields, [field]: value });
    if (!parsed.success) {
      throw new InvalidRecordError(
        parsed.error.issues.map((issue) => ({
          path: issue.path.map(String).join("."),
          message: issue.message,
        })),
      );
    }
    // The value as the schema gives it back (NFC, trimmed), as saveRecord writes it.
    await writeLocal(tx, ownerId, table, id, "patch", { [field]: Reflect.get(parsed.data, field) });
  });
  localWrites.dispatchEvent(new Event("write"));
}
