import type { Locale } from "../schemas/common";
import { normaliseForSearch, wordsOf } from "./normalise";
import { buildPostings, createSegmentMerger, SEGMENTS } from "./postings";
import {
  DEFAULT_SEARCH_LIMIT,
  type MatchTier,
  matchTiers,
  type ReferenceMatch,
  type ReferenceSearchOptions,
  rankBucket,
} from "./ranking";
import type { ReferenceEntry } from "./types";

export type { MatchTier, ReferenceMatch, ReferenceSearchOptions } from "./ranking";

export interface ReferenceIndex {
  readonly locale: Locale;
  /** Number of entries indexed. */
  readonly size: number;
  search(query: string, options?: ReferenceSearchOptions): ReferenceMatch[];
}

/**
 * Ranking. Query and labels are compared normalised (`normaliseForSearch`: no accents, no case,
 * punctuation as spaces). Each label of an entry (preferred and alternative, both locales) gets a
 * tier, and the entry takes its best label:
 *   0 exact      the label equals the query ("soudage" → "Soudage");
 *   1 prefix     the label starts with the query ("soud" → "Soudage TIG");
 *   2 word       every query word starts some word of the label, in any order
 *                ("equipe" → "Travail en équipe", "equipe trav" → the same);
 *   3 substring  every query word sits inside some word of the label ("oudag" → "Soudage").
 * Entries are ordered by bucket: tiers 0–2 in the chosen locale, then tiers 0–2 in the other
 * locale, then substring matches (chosen locale, then other). A person types in their own
 * language, so a French word-start match beats an English exact one; substring matches are noise
 * compared with any word-start match, whatever the language. Inside a bucket: preferred label
 * before synonym, shorter label first, then alphabetical.
 *
 * The index. Labels are normalised once and given a rank within a bucket (the order above), so a
 * candidate's sort key is one integer: `bucket × labelCount + rank`. The distinct words of all
 * labels are sorted, so the words starting with a query word are one contiguous id range found
 * by binary search, and "label word matches query word" is an integer range test. Each word's
 * postings are split in four segments (chosen locale / other locale × opens the label / later
 * word), each in rank order. For a one-word query without a category filter, a segment is a
 * bucket, so merging the segments of the words in the range (a k-way merge on a heap) yields
 * entries already in final order and stops at the limit: "s" costs as little as "soudage".
 * Otherwise the query word with the fewest postings gives the candidates and the other words are
 * checked on the candidate's word ids. The substring tier needs a scan over the distinct words,
 * so it only runs when the word-start tiers found fewer entries than the limit. The best key per
 * entry is kept in typed arrays reset by a generation stamp; the top N come out of a bounded
 * insertion, never a full sort. scan.ts holds the same ranking as a plain scan, and a property
 * test keeps the two in agreement.
 */
export function createReferenceIndex(
  entries: readonly ReferenceEntry[],
  locale: Locale,
): ReferenceIndex {
  const index = buildPostings(entries, locale);
  const {
    records,
    labelCount,
    labelRank,
    labelEntry,
    labelOther,
    labelWordCount,
    labelWordStart,
    words,
    labelWords,
    segmentStart,
    postings,
  } = index;
  const mergeSegment = createSegmentMerger(index);

  const entryCategory = entries.map((entry) => entry.category);
  const bestKey = new Float64Array(entries.length);
  const bestLabel = new Int32Array(entries.length);
  const stamp = new Uint32Array(entries.length);
  let generation = 0;
  /** Scratch for the substring tier, reused across searches. */
  const containing: Uint8Array[] = [];

  /** Ids [from, to) of the words starting with `prefix`. */
  function prefixRange(prefix: string): [number, number] {
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((words[middle] ?? "") < prefix) low = middle + 1;
      else high = middle;
    }
    const from = low;
    high = words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((words[middle] ?? "").startsWith(prefix)) low = middle + 1;
      else high = middle;
    }
    return [from, low];
  }

  function postingsIn(from: number, to: number): number {
    return (segmentStart[to * SEGMENTS] ?? 0) - (segmentStart[from * SEGMENTS] ?? 0);
  }

  function search(query: string, options: ReferenceSearchOptions = {}): ReferenceMatch[] {
    const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
    const normalisedQuery = normaliseForSearch(query);
    if (normalisedQuery === "" || limit <= 0) return [];
    const typedWords = wordsOf(normalisedQuery);
    const queryWords = [...new Set(typedWords)];
    const ranges = queryWords.map(prefixRange);
    const category = options.category;
    generation = (generation + 1) >>> 0;
    if (generation === 0) {
      stamp.fill(0);
      generation = 1;
    }
    const found: number[] = [];

    const consider = (label: number, tier: number) => {
      const entry = labelEntry[label] ?? 0;
      if (category !== undefined && entryCategory[entry] !== category) return;
      const key = rankBucket(tier, labelOther[label] === 1) * labelCount + (labelRank[label] ?? 0);
      if (stamp[entry] !== generation) {
        stamp[entry] = generation;
        bestKey[entry] = key;
        bestLabel[entry] = label;
        found.push(entry);
      } else if (key < (bestKey[entry] ?? 0)) {
        bestKey[entry] = key;
        bestLabel[entry] = label;
      }
    };

    /** 2 if one of the label's words starts with query word `w`, 1 if one contains it, else 0. */
    const wordMatch = (label: number, w: number, contains: Uint8Array | null): number => {
      const range = ranges[w];
      const from = range?.[0] ?? 0;
      const to = range?.[1] ?? 0;
      let best = 0;
      const end = labelWordStart[label + 1] ?? 0;
      for (let at = labelWordStart[label] ?? 0; at < end; at++) {
        const word = labelWords[at] ?? 0;
        if (word >= from && word < to) return 2;
        if (contains !== null && contains[word] === 1) best = 1;
      }
      return best;
    };

    // Tiers follow from the posting alone only for a one-word query ("oe oe" is not one).
    const single = typedWords.length === 1;
    const [firstFrom, firstTo] = ranges[0] ?? [0, 0];
    const exactWord = single && words[firstFrom] === normalisedQuery ? firstFrom : -1;

    if (single && category === undefined) {
      // One word, no filter: walk the segments bucket by bucket in key order; stop at the limit.
      for (const segment of [0, 1, 2, 3]) {
        if (segment % 2 === 0 && exactWord >= 0) {
          const end = segmentStart[exactWord * SEGMENTS + segment + 1] ?? 0;
          for (let at = segmentStart[exactWord * SEGMENTS + segment] ?? 0; at < end; at++) {
            const label = (postings[at] ?? 0) >> 1;
            if (wordMatchesExactly(label, exactWord)) consider(label, 0);
          }
          if (found.length >= limit) break;
        }
        mergeSegment(firstFrom, firstTo, segment, segment % 2 === 0 ? 1 : 2, (label, tier) => {
          consider(label, tier);
          return found.length >= limit;
        });
        if (found.length >= limit) break;
      }
    } else {
      // Otherwise every posting of the query word with the fewest, the other words checked.
      let driver = 0;
      for (let w = 1; w < ranges.length; w++) {
        const [from, to] = ranges[w] ?? [0, 0];
        const [driverFrom, driverTo] = ranges[driver] ?? [0, 0];
        if (postingsIn(from, to) < postingsIn(driverFrom, driverTo)) driver = w;
      }
      const [driverFrom, driverTo] = ranges[driver] ?? [0, 0];
      const end = segmentStart[driverTo * SEGMENTS] ?? 0;
      for (let at = segmentStart[driverFrom * SEGMENTS] ?? 0; at < end; at++) {
        const posting = postings[at] ?? 0;
        const label = posting >> 1;
        if (single) {
          if ((posting & 1) === 0) consider(label, 2);
          else consider(label, wordMatchesExactly(label, exactWord) ? 0 : 1);
          continue;
        }
        let all = true;
        for (let w = 0; w < queryWords.length && all; w++) {
          if (w !== driver && wordMatch(label, w, null) !== 2) all = false;
        }
        if (!all) continue;
        const normalised = records[label]?.normalised ?? "";
        consider(
          label,
          normalised === normalisedQuery ? 0 : normalised.startsWith(normalisedQuery) ? 1 : 2,
        );
      }
    }

    // Substring tier, only when the word-start tiers left room.
    if (found.length < limit) {
      while (containing.length < queryWords.length) containing.push(new Uint8Array(words.length));
      const containingPostings = queryWords.map(() => 0);
      for (let word = 0; word < words.length; word++) {
        const text = words[word] ?? "";
        for (let w = 0; w < queryWords.length; w++) {
          const contains = text.includes(queryWords[w] ?? "");
          (containing[w] as Uint8Array)[word] = contains ? 1 : 0;
          if (contains) {
            containingPostings[w] = (containingPostings[w] ?? 0) + postingsIn(word, word + 1);
          }
        }
      }
      let substringDriver = 0;
      containingPostings.forEach((count, w) => {
        if (count < (containingPostings[substringDriver] ?? 0)) substringDriver = w;
      });
      const driverWords = containing[substringDriver] as Uint8Array;
      for (let word = 0; word < words.length; word++) {
        if (driverWords[word] !== 1) continue;
        const end = segmentStart[(word + 1) * SEGMENTS] ?? 0;
        for (let at = segmentStart[word * SEGMENTS] ?? 0; at < end; at++) {
          const label = (postings[at] ?? 0) >> 1;
          let weakest = 2;
          for (let w = 0; w < queryWords.length && weakest > 0; w++) {
            weakest = Math.min(weakest, wordMatch(label, w, containing[w] ?? null));
          }
          if (weakest === 1) consider(label, 3);
        }
      }
    }

    return topEntries(found, limit).map((entry) => {
      const label = bestLabel[entry] ?? 0;
      const record = records[label];
      const bucket = Math.floor((bestKey[entry] ?? 0) / labelCount);
      return {
        entry: entries[entry] as ReferenceEntry,
        label: record?.text ?? "",
        labelLocale: record?.locale ?? locale,
        preferred: record?.preferred ?? true,
        tier: tierOfBucket(bucket),
      };
    });
  }

  function wordMatchesExactly(label: number, word: number): boolean {
    return labelWordCount[label] === 1 && labelWords[labelWordStart[label] ?? 0] === word;
  }

  /** The `limit` entries with the smallest keys, in order, by bounded insertion. */
  function topEntries(found: readonly number[], limit: number): number[] {
    const top: number[] = [];
    for (const entry of found) {
      const key = bestKey[entry] ?? 0;
      if (top.length === limit && key >= (bestKey[top[limit - 1] ?? 0] ?? 0)) continue;
      let at = top.length === limit ? limit - 1 : top.length;
      while (at > 0 && (bestKey[top[at - 1] ?? 0] ?? 0) > key) {
        top[at] = top[at - 1] ?? 0;
        at--;
      }
      top[at] = entry;
    }
    return top;
  }

  return { locale, size: entries.length, search };
}

function tierOfBucket(bucket: number): MatchTier {
  const tier = bucket >= 6 ? 3 : bucket % 3;
  return matchTiers[tier] ?? "substring";
}
