import type { Locale } from "../../../shared/schemas/common";
import {
  createReferenceIndex,
  type ReferenceIndex,
  type ReferenceMatch,
  type ReferenceSearchOptions,
} from "../../../shared/taxonomy/search";
import type { ReferenceEntry } from "../../../shared/taxonomy/types";

export type ReferenceQuery = ReferenceSearchOptions & { query: string; locale: Locale };

/** Searches a fixed set of entries, building each locale's index once, on first use. */
export class ReferenceEngine {
  private readonly indexes = new Map<Locale, ReferenceIndex>();

  constructor(readonly entries: readonly ReferenceEntry[]) {}

  get size() {
    return this.entries.length;
  }

  index(locale: Locale): ReferenceIndex {
    let index = this.indexes.get(locale);
    if (!index) {
      index = createReferenceIndex(this.entries, locale);
      this.indexes.set(locale, index);
    }
    return index;
  }

  search({ query, locale, ...options }: ReferenceQuery): ReferenceMatch[] {
    return this.index(locale).search(query, options);
  }
}

/**
 * The starter first, then the imported entries it does not already hold (same scheme and code):
 * the reference a person searches on this device.
 */
export function mergeReferences(
  starter: readonly ReferenceEntry[],
  imported: readonly ReferenceEntry[],
): ReferenceEntry[] {
  if (imported.length === 0) return [...starter];
  const seen = new Set(starter.map((entry) => `${entry.scheme}:${entry.code}`));
  return [...starter, ...imported.filter((entry) => !seen.has(`${entry.scheme}:${entry.code}`))];
}
