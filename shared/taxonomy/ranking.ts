import type { Locale } from "../schemas/common";
import type { CompetencyCategory } from "../schemas/competency";
import type { ReferenceEntry } from "./types";

/** How a label matched a query, best first (see the ranking doc block in search.ts). */
export const matchTiers = ["exact", "prefix", "word", "substring"] as const;
export type MatchTier = (typeof matchTiers)[number];

export interface ReferenceSearchOptions {
  /** At most this many entries (default 20). */
  limit?: number;
  /** Only entries of this category. */
  category?: CompetencyCategory;
}

export interface ReferenceMatch {
  entry: ReferenceEntry;
  /** The label that matched best, as written in the reference. */
  label: string;
  labelLocale: Locale;
  /** False when an alternative label (synonym) matched rather than the preferred one. */
  preferred: boolean;
  tier: MatchTier;
}

export const DEFAULT_SEARCH_LIMIT = 20;

/**
 * Rank buckets, best first: the three word-start tiers in the chosen locale, the same three in
 * the other locale, then substring matches (chosen locale, then the other).
 */
export function rankBucket(tier: number, otherLocale: boolean): number {
  if (tier < 3) return tier + (otherLocale ? 3 : 0);
  return 6 + (otherLocale ? 1 : 0);
}

/** One searchable label of an entry, already normalised. */
export interface LabelRecord {
  entryIndex: number;
  text: string;
  normalised: string;
  locale: Locale;
  preferred: boolean;
}

/** Every label of every entry, chosen locale first, duplicates within an entry and locale dropped. */
export function labelRecords(
  entries: readonly ReferenceEntry[],
  locale: Locale,
  normalise: (text: string) => string,
): LabelRecord[] {
  const other: Locale = locale === "fr" ? "en" : "fr";
  const records: LabelRecord[] = [];
  entries.forEach((entry, entryIndex) => {
    for (const labelLocale of [locale, other]) {
      const seen = new Set<string>();
      const texts = [entry.labels[labelLocale], ...entry.altLabels[labelLocale]];
      texts.forEach((text, position) => {
        const normalised = normalise(text);
        if (normalised === "" || seen.has(normalised)) return;
        seen.add(normalised);
        records.push({
          entryIndex,
          text,
          normalised,
          locale: labelLocale,
          preferred: position === 0,
        });
      });
    }
  });
  return records;
}

/**
 * The order of labels inside one rank bucket: preferred before alternative, shorter before
 * longer, then alphabetical on the normalised form, then the order they were given in.
 */
export function compareLabelRecords(a: LabelRecord, b: LabelRecord): number {
  if (a.preferred !== b.preferred) return a.preferred ? -1 : 1;
  if (a.normalised.length !== b.normalised.length) return a.normalised.length - b.normalised.length;
  if (a.normalised !== b.normalised) return a.normalised < b.normalised ? -1 : 1;
  return 0;
}
