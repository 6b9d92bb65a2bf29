import type { SyncTable } from "../../shared/sync/protocol";
import { competencies, cvs, experiences, profiles, proofs } from "../db/schema";

/** The Drizzle table behind each synced table name of the wire format. */
export const syncedTables = {
  profile: profiles,
  experience: experiences,
  competency: competencies,
  proof: proofs,
  cv: cvs,
} as const;

export type SyncedTable = (typeof syncedTables)[SyncTable];
export type SyncedRow = SyncedTable["$inferSelect"];

/** Columns that are bookkeeping, not fields a mutation may change. */
export const bookkeepingColumns = new Set([
  "id",
  "ownerId",
  "version",
  "deleted",
  "updatedAt",
  "fieldVersions",
]);

/** The editable fields of a row, as the merge and the wire format see them. */
export function fieldsOf(row: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row))
    if (!bookkeepingColumns.has(column)) fields[column] = value;
  return fields;
}

/** A row as pulled by a device: fields and sync columns, without the per-field bookkeeping. */
export function wireRecord(row: SyncedRow): Record<string, unknown> {
  const { fieldVersions: _internal, updatedAt, ...rest } = row;
  return { ...rest, updatedAt: updatedAt.toISOString() };
}
