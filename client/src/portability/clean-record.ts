import { cleanText, type TextCleaning, type TextKind } from "../../../shared/schemas/text";
import type { ImportCandidates } from "./import-candidates";

/**
 * The kind of text each field of a synced record holds, by name (a name means the same kind of
 * text in every table: `title` is a line, `summary` several). Lists of lines are `activities` and
 * `tags`; `reference` and `languages` are objects whose own fields are listed here too. Anything
 * else (kinds, dates, ids, hashes) is not free text: its schema alone decides.
 */
export const textFieldKinds: Readonly<Record<string, TextKind>> = {
  title: "line",
  organisation: "line",
  location: "line",
  label: "line",
  issuer: "line",
  headline: "line",
  firstName: "line",
  lastName: "line",
  email: "line",
  phone: "line",
  address: "line",
  city: "line",
  language: "line",
  scheme: "line",
  code: "line",
  uri: "line",
  activities: "line",
  tags: "line",
  description: "multiline",
  note: "multiline",
  summary: "multiline",
};

/** What cleaning changed in one field of one imported record (nothing is reported for NFC alone). */
export type CleanedText = {
  table: "profile" | "experience" | "competency" | "proof" | "cv";
  /** The record's title, label or name once cleaned, for the preview. */
  record: string;
  /** The top-level field, and the line's number (from 1) in a list of lines. */
  field: string;
  line: number | null;
  removed: TextCleaning["removed"];
  spaced: number;
};

type FieldCleaning = { field: string; line: number | null; cleaning: TextCleaning };

function walk(
  value: unknown,
  kind: TextKind | null,
  at: Omit<FieldCleaning, "cleaning"> | null,
  found: FieldCleaning[],
): unknown {
  if (typeof value === "string") {
    if (!kind || !at) return value;
    const { text, cleaning } = cleanText(value, kind);
    if (cleaning && (cleaning.removed.length > 0 || cleaning.spaced > 0))
      found.push({ ...at, cleaning });
    return text;
  }
  if (Array.isArray(value)) {
    return value.map((item, index) =>
      walk(item, kind, at && typeof item === "string" ? { ...at, line: index + 1 } : at, found),
    );
  }
  if (isPlainObject(value)) {
    const cleaned: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      cleaned[key] = walk(
        item,
        textFieldKinds[key] ?? null,
        at ?? { field: key, line: null },
        found,
      );
    }
    return cleaned;
  }
  return value;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" &&
  value !== null &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** A short name for a record, from its cleaned fields. */
function recordName(fields: Record<string, unknown>): string {
  const name = [fields.firstName, fields.lastName].filter((part) => typeof part === "string");
  for (const candidate of [fields.title, fields.label, name.join(" ").trim()]) {
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
  const found: FieldCleaning[] = [];
  const cleaned = walk(fields, null, null, found) as T;
  if (found.length > 0) {
    const name = isPlainObject(cleaned) ? recordName(cleaned) : "";
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
