import type { Locale } from "../../../../shared/schemas/common";
import type { SyncTable } from "../../../../shared/sync/protocol";
import type { ReplicaRecord } from "../../../../shared/sync/replica";
import { cefrScale } from "../../../../shared/taxonomy/cefr";
import { selfAssessedLevels } from "../../../../shared/taxonomy/levels";

/** A short human name for any synced record, for lists of conflicts and deleted items. */
export function recordLabel(table: SyncTable, record: ReplicaRecord | undefined): string | null {
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
