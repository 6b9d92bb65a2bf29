import type { SyncTable } from "../../../shared/sync/protocol";
import { db, type RejectionEntry, type SkillfolioDatabase } from "./database";

/**
 * The fields a refusal is about: those the server's message names (`title: …`, `Unknown
 * field(s): a, b`) among the fields the mutation changed; all of them when it names none.
 */
export function refusedFields(entry: Pick<RejectionEntry, "changes" | "message">): string[] {
  const changed = Object.keys(entry.changes);
  const named = new Set<string>();
  for (const issue of entry.message.split(/;\s*/)) {
    const unknown = /^Unknown field\(s\):\s*(.+)$/.exec(issue);
    if (unknown?.[1]) for (const field of unknown[1].split(/,\s*/)) named.add(field);
    const path = /^([A-Za-z]+)[.:]/.exec(issue);
    if (path?.[1]) named.add(path[1]);
  }
  const fields = changed.filter((field) => named.has(field));
  return fields.length > 0 ? fields : changed;
}

/** The changes a record's refusals asked for, oldest first, as one set of fields. */
export function refusedChanges(entries: readonly RejectionEntry[]): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const entry of [...entries].sort((a, b) => a.id - b.id))
    Object.assign(changes, entry.changes);
  return changes;
}

/**
 * A record with refused values put back, for a form to show them to be corrected. Only fields the
 * record has, holding the same kind of value (text for text, list for list, or a plain value in an
 * empty optional field): a value of the wrong type or an unknown field cannot be shown in a form
 * and is left out.
 */
export function withRefusedValues<T extends Record<string, unknown>>(
  record: T,
  changes: Record<string, unknown>,
): T {
  const shown: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(changes)) {
    if (!(field in record)) continue;
    const before = kindOf(record[field]);
    // An empty optional field (a date not given) may take any plain value the form can show.
    const fits = before === kindOf(value) || (before === "empty" && typeof value !== "object");
    if (fits) shown[field] = value;
  }
  return Object.assign({ ...record }, shown);
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  return Array.isArray(value) ? "list" : typeof value;
}

export function rejectionsOf(
  table: SyncTable,
  key: string,
  database: SkillfolioDatabase = db,
): Promise<RejectionEntry[]> {
  return database.rejections.where("slot").equals(`${table}:${key}`).sortBy("id");
}

/**
 * Drops a refusal: the refused change is gone for good. The record on the device already shows
 * the server's state (the refused change was taken back when the server answered).
 */
export async function discardRejection(id: number, database: SkillfolioDatabase = db) {
  await database.rejections.delete(id);
}

/** After the person saved a corrected record: its refusals are settled. */
export async function settleRejections(
  table: SyncTable,
  key: string,
  database: SkillfolioDatabase = db,
) {
  await database.rejections.where("slot").equals(`${table}:${key}`).delete();
}
