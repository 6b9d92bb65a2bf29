import { useLiveQuery } from "dexie-react-hooks";
import { useSearch } from "wouter";
import type { SyncTable } from "../../../shared/sync/protocol";
import { refusedChanges, rejectionsOf } from "../db/rejections";

/** The search parameter a "fix" link adds to a record's form. */
export const FIX_PARAM = "fix";

/**
 * On a form opened by "fix" (`?fix=1`), the values the server refused for this record, to show
 * them for correction; null on a form opened any other way or when nothing is refused.
 */
export function useRefusedValues(table: SyncTable, key: string): Record<string, unknown> | null {
  const fixing = new URLSearchParams(useSearch()).has(FIX_PARAM);
  const entries = useLiveQuery(
    () => (fixing ? rejectionsOf(table, key) : Promise.resolve([])),
    [fixing, table, key],
  );
  if (!fixing || !entries || entries.length === 0) return null;
  return refusedChanges(entries);
}

/** Where "fix" leads for a record: its form, with the refused values shown. */
export function fixPath(table: SyncTable, key: string): string {
  switch (table) {
    case "experience":
      return `/experiences/${key}/edit?${FIX_PARAM}=1`;
    case "competency":
      return `/competencies/${key}/edit?${FIX_PARAM}=1`;
    case "proof":
      return `/proofs/${key}/edit`;
    case "cv":
      return `/cvs/${key}`;
    case "profile":
      return "/profile";
  }
}
