import { cleanTextFields } from "../../../shared/schemas/text-fields";
import type { CleanedText, ImportCandidates } from "./import-candidates";

export type { CleanedText } from "./import-candidates";

/** A short name for a record, from its cleaned fields. */
function recordName(fields: unknown): string {
  if (typeof fields !== "object" || fields === null) return "";
  const field = (name: string): unknown => Reflect.get(fields, name);
  const name = [field("firstName"), field("lastName")].filter((part) => typeof part === "string");
  for (const candidate of [field("title"), field("label"), name.join(" ").trim()]) {
    if (typeof candidate === "string" && candidate.trim() !== "") return candidate.trim();
  }
  return "";
}

/**
 * Makes every free text of a record read from a file follow the one text rule (see
 * shared/schemas/text.ts): what a field may not hold is dropped rather than refusing the record,
 * and each change is added to `candidates.cleaned` for the preview, so nothing goes silently.
 */
export function cleanRecord<T>(
  candidates: ImportCandidates,
  table: CleanedText["table"],
  fields: T,
  fallbackName = "",
): T {
  const { value: cleaned, changed: found } = cleanTextFields(fields);
  if (found.length > 0) {
    const name = recordName(cleaned);
    for (const { field, line, cleaning } of found) {
      candidates.cleaned.push({
        table,
        record: name || fallbackName,
        field,
        line,
        removed: cleaning.removed,
        spaced: cleaning.spaced,
      });
    }
  }
  return cleaned;
}
