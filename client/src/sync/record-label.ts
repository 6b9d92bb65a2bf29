import { isMessageKey, type MessageKey } from "../../../shared/i18n/index";
import type { Locale } from "../../../shared/schemas/common";
import type { SyncTable } from "../../../shared/sync/protocol";
import { cefrScale } from "../../../shared/taxonomy/cefr";
import { selfAssessedLevels } from "../../../shared/taxonomy/levels";

/** A short human name for any synced record, for lists of conflicts and deleted items. */
export function recordLabel(
  table: SyncTable,
  record: Record<string, unknown> | undefined,
): string | null {
  if (!record) return null;
  const candidates =
    table === "competency"
      ? [record.label]
      : table === "profile"
        ? [`${String(record.firstName ?? "")} ${String(record.lastName ?? "")}`.trim()]
        : [record.title];
  const label = candidates.find((value) => typeof value === "string" && value.trim() !== "");
  return typeof label === "string" ? label : null;
}

/** A field value shown as text: lists joined, objects summarised, empty made visible. */
export function displayValue(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === "") return empty;
  if (Array.isArray(value))
    return value.length === 0 ? empty : value.map((item) => displayValue(item, empty)).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A competency level in words: CEFR for languages, the 1–4 scale otherwise. */
export function levelName(value: unknown, language: boolean, locale: Locale): string {
  const scale = language ? cefrScale : selfAssessedLevels;
  const level = scale.find((entry) => entry.value === value);
  if (!level) return String(value ?? "");
  return language && "level" in level
    ? `${level.level} · ${level.label[locale]}`
    : level.label[locale];
}

/** A field's name in the person's language; an unknown one (a newer app's) is shown as is. */
export function fieldName(field: string, t: (key: MessageKey) => string): string {
  const key = `field.${field}`;
  return isMessageKey(key) ? t(key) : field;
}

/** A text cut to a length that fits a sentence (a refused value may be 100 000 characters). */
export function shortText(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
