import type { Locale } from "../schemas/common";
import { normaliseForSearch, wordsOf } from "./normalise";
import {
  compareLabelRecords,
  DEFAULT_SEARCH_LIMIT,
  type LabelRecord,
  labelRecords,
  matchTiers,
  type ReferenceMatch,
  type ReferenceSearchOptions,
  rankBucket,
} from "./ranking";
import type { ReferenceEntry } from "./types";

/**
 * The ranking of search.ts written as plainly as possible: normalise every label, test every
 * label, sort. Far too slow for ESCO on each keystroke; it is the specification the index is
 * tested against and the baseline the bench compares it with.
 */
export function scanReference(
  entries: readonly ReferenceEntry[],
  locale: Locale,
  query: string,
  options: ReferenceSearchOptions = {},
): ReferenceMatch[] {
  const records = labelRecords(entries, locale, normaliseForSearch);
  return scanLabelRecords(records, entries, locale, query, options);
}

/** The same scan over labels normalised beforehand (`labelRecords`). */
export function scanLabelRecords(
  records: readonly LabelRecord[],
  entries: readonly ReferenceEntry[],
  locale: Locale,
  query: string,
  options: ReferenceSearchOptions = {},
): ReferenceMatch[] {
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  const normalisedQuery = normaliseForSearch(query);
  if (normalisedQuery === "" || limit <= 0) return [];
  const queryWords = wordsOf(normalisedQuery);

  const best = new Map<number, { record: LabelRecord; order: number; bucket: number }>();
  records.forEach((record, order) => {
    if (options.category !== undefined) {
      if (entries[record.entryIndex]?.category !== options.category) return;
    }
    const tier = tierOf(record.normalised, normalisedQuery, queryWords);
    if (tier === null) return;
    const candidate = { record, order, bucket: rankBucket(tier, record.locale !== locale) };
    const current = best.get(record.entryIndex);
    if (current === undefined || compareCandidates(candidate, current) < 0) {
      best.set(record.entryIndex, candidate);
    }
  });

  return [...best.values()]
    .sort(compareCandidates)
    .slice(0, limit)
    .map(({ record, bucket }) => ({
      entry: entries[record.entryIndex] as ReferenceEntry,
      label: record.text,
      labelLocale: record.locale,
      preferred: record.preferred,
      tier: matchTiers[bucket >= 6 ? 3 : bucket % 3] ?? "substring",
    }));
}

function tierOf(label: string, query: string, queryWords: readonly string[]): number | null {
  if (label === query) return 0;
  if (label.startsWith(query)) return 1;
  const labelWords = wordsOf(label);
  if (queryWords.every((q) => labelWords.some((word) => word.startsWith(q)))) return 2;
  if (queryWords.every((q) => labelWords.some((word) => word.includes(q)))) return 3;
  return null;
}

function compareCandidates(
  a: { record: LabelRecord; order: number; bucket: number },
  b: { record: LabelRecord; order: number; bucket: number },
): number {
  return a.bucket - b.bucket || compareLabelRecords(a.record, b.record) || a.order - b.order;
}
