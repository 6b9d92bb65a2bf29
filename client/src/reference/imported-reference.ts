import { z } from "zod/mini";
import { type ReferenceEntry, referenceEntrySchema } from "../../../shared/taxonomy/types";
import type { SkillfolioDatabase } from "../db/database";

/** The row of `referenceCache` that holds the operator-imported reference (ESCO). */
export const IMPORTED_REFERENCE_KEY = "imported";

export type ImportedReference = { version: number; entries: ReferenceEntry[] };

const answerSchema = z.object({ version: z.number(), entries: z.array(z.unknown()) });

/**
 * Entries are parsed one by one: an imported skill that does not fit the reference shape (an
 * unknown category, an empty label) is dropped, never the whole reference.
 */
function parseEntries(entries: readonly unknown[]): ReferenceEntry[] {
  const parsed: ReferenceEntry[] = [];
  for (const entry of entries) {
    const result = referenceEntrySchema.safeParse(entry);
    if (result.success) parsed.push(result.data);
  }
  return parsed;
}

export async function readCachedReference(
  database: SkillfolioDatabase,
): Promise<ImportedReference | null> {
  const row = await database.referenceCache.get(IMPORTED_REFERENCE_KEY);
  if (!row || !Array.isArray(row.entries)) return null;
  return { version: row.version, entries: parseEntries(row.entries) };
}

/**
 * The imported reference as this device should use it: the cached copy, refreshed from
 * `GET /api/reference` when the server can be reached. The cached version goes out as
 * `If-None-Match`; a 304 keeps the cache, a 200 with another version replaces it. Offline, or on
 * any server trouble, the cache (or nothing: the starter alone) is what there is.
 */
export async function syncImportedReference(
  database: SkillfolioDatabase,
  fetchReference: typeof fetch = fetch,
): Promise<ImportedReference | null> {
  const cached = await readCachedReference(database);
  let response: Response;
  try {
    response = await fetchReference("/api/reference", {
      headers: cached ? { "If-None-Match": `"reference-${cached.version}"` } : {},
      credentials: "same-origin",
    });
  } catch {
    return cached;
  }
  if (response.status === 304 || !response.ok) return cached;
  const body = answerSchema.safeParse(await response.json().catch(() => undefined));
  if (!body.success) return cached;
  if (cached && cached.version === body.data.version) return cached;
  const fresh = { version: body.data.version, entries: parseEntries(body.data.entries) };
  await database.referenceCache.put({ key: IMPORTED_REFERENCE_KEY, ...fresh });
  return fresh;
}
