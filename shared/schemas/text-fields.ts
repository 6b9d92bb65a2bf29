import { cleanText, type TextCleaning, type TextKind } from "./text";

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

/** One field (and line of a list of lines) that `cleanTextFields` changed, and how. */
export type FieldCleaning = { field: string; line: number | null; cleaning: TextCleaning };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" &&
  value !== null &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value));

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

/**
 * Makes every free text of a record (any value: a record's fields, a whole stored record, raw
 * JSON from a file) follow the one text rule, by field name, and lists each field it changed
 * beyond NFC. Other values are left as they are: the record's schema decides about them.
 */
export function cleanTextFields<T>(value: T): { value: T; changed: FieldCleaning[] } {
  const changed: FieldCleaning[] = [];
  return { value: walk(value, null, null, changed) as T, changed };
}
