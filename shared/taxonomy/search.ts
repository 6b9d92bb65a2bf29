import type { Locale } from "../schemas/common";
import { normaliseForSearch, wordsOf } from "./normalise";
import {
  compareLabelRecords,
  DEFAULT_SEARCH_LIMIT,
  labelRecords,
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
/** Posting segments per word: chosen locale opening/later, other locale opening/later. */
const SEGMENTS = 4;

export function createReferenceIndex(
  entries: readonly ReferenceEntry[],
  locale: Locale,
): ReferenceIndex {
  const records = labelRecords(entries, locale, normaliseForSearch);
  const labelCount = records.length;

  const order = records.map((record, index) => ({ record, index }));
  order.sort((a, b) => compareLabelRecords(a.record, b.record) || a.index - b.index);
  const labelRank = new Int32Array(labelCount);
  order.forEach(({ index }, rank) => {
    labelRank[index] = rank;
  });

  const labelEntry = new Int32Array(labelCount);
  const labelOther = new Uint8Array(labelCount);
  const labelWordCount = new Uint16Array(labelCount);
  const labelWordStart = new Int32Array(labelCount + 1);
  const labelWordsByText = new Map<string, number>();
  const labelWordTexts: string[] = [];
  const labelWordsFlat: number[] = [];
  records.forEach((record, label) => {
    labelEntry[label] = record.entryIndex;
    labelOther[label] = record.locale === locale ? 0 : 1;
    const words = wordsOf(record.normalised);
    labelWordCount[label] = Math.min(words.length, 0xffff);
    labelWordStart[label] = labelWordsFlat.length;
    for (const word of words) {
      let provisional = labelWordsByText.get(word);
      if (provisional === undefined) {
        provisional = labelWordTexts.length;
        labelWordsByText.set(word, provisional);
        labelWordTexts.push(word);
      }
      labelWordsFlat.push(provisional);
    }
  });
  labelWordStart[labelCount] = labelWordsFlat.length;

  // Re-number words in sorted order so a prefix is an id range.
  const wordOrder = labelWordTexts.map((_, index) => index);
  wordOrder.sort((a, b) => compareStrings(labelWordTexts[a] ?? "", labelWordTexts[b] ?? ""));
  const sortedId = new Int32Array(labelWordTexts.length);
  const words: string[] = new Array(labelWordTexts.length);
  wordOrder.forEach((provisional, id) => {
    sortedId[provisional] = id;
    words[id] = labelWordTexts[provisional] ?? "";
  });
  const labelWords = Int32Array.from(labelWordsFlat, (provisional) => sortedId[provisional] ?? 0);

  // Postings: for each word, the labels containing it (once each), in four segments (chosen
  // locale opening with the word, chosen locale later, other locale opening, other later), each
  // in label-rank order. A posting is `label << 1 | word opens the label`.
  const segmentStart = new Int32Array(words.length * SEGMENTS + 1);
  forEachDistinctLabelWord((slot) => {
    segmentStart[slot + 1] = (segmentStart[slot + 1] ?? 0) + 1;
  });
  for (let slot = 0; slot < words.length * SEGMENTS; slot++) {
    segmentStart[slot + 1] = (segmentStart[slot + 1] ?? 0) + (segmentStart[slot] ?? 0);
  }
  const postings = new Int32Array(segmentStart[words.length * SEGMENTS] ?? 0);
  const fill = segmentStart.slice(0, words.length * SEGMENTS);
  forEachDistinctLabelWord((slot, label, opens) => {
    const at = fill[slot] ?? 0;
    postings[at] = (label << 1) | (opens ? 1 : 0);
    fill[slot] = at + 1;
  });

  /** Visits each (word, label) pair once, labels in rank order, with the posting's slot. */
  function forEachDistinctLabelWord(visit: (slot: number, label: number, opens: boolean) => void) {
    for (const { index: label } of order) {
      const start = labelWordStart[label] ?? 0;
      const end = labelWordStart[label + 1] ?? 0;
      for (let at = start; at < end; at++) {
        const word = labelWords[at] ?? 0;
        let repeated = false;
        for (let before = start; before < at; before++) {
          if (labelWords[before] === word) repeated = true;
        }
        if (repeated) continue;
        const segment = (labelOther[label] === 1 ? 2 : 0) + (at === start ? 0 : 1);
        visit(word * SEGMENTS + segment, label, at === start);
      }
    }
  }

  const entryCategory = entries.map((entry) => entry.category);
  const bestKey = new Float64Array(entries.length);
  const bestLabel = new Int32Array(entries.length);
  const stamp = new Uint32Array(entries.length);
  let generation = 0;
  /** Scratch for the merge of segments and for the substring tier, reused across searches. */
  const cursor = new Int32Array(words.length);
  const segmentEnd = new Int32Array(words.length);
  const heap = new Int32Array(words.length);
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

  /**
   * Feeds `visit` the postings of one segment of the words [from, to) in label-rank order (a
   * k-way merge on a binary heap of the words' cursors), until `visit` says it has enough.
   */
  function mergeSegment(
    from: number,
    to: number,
    segment: number,
    tier: number,
    visit: (label: number, tier: number) => boolean,
  ) {
    let size = 0;
    const rankAt = (word: number) => labelRank[(postings[cursor[word] ?? 0] ?? 0) >> 1] ?? 0;
    const siftDown = (start: number) => {
      let at = start;
      const word = heap[at] ?? 0;
      const rank = rankAt(word);
      for (;;) {
        let child = 2 * at + 1;
        if (child >= size) break;
        const right = child + 1;
        if (right < size && rankAt(heap[right] ?? 0) < rankAt(heap[child] ?? 0)) child = right;
        if (rankAt(heap[child] ?? 0) >= rank) break;
        heap[at] = heap[child] ?? 0;
        at = child;
      }
      heap[at] = word;
    };
    for (let word = from; word < to; word++) {
      const start = segmentStart[word * SEGMENTS + segment] ?? 0;
      const end = segmentStart[word * SEGMENTS + segment + 1] ?? 0;
      if (start === end) continue;
      cursor[word] = start;
      segmentEnd[word] = end;
      heap[size++] = word;
    }
    for (let at = (size >> 1) - 1; at >= 0; at--) siftDown(at);
    while (size > 0) {
      const word = heap[0] ?? 0;
      const at = cursor[word] ?? 0;
      if (visit((postings[at] ?? 0) >> 1, tier)) return;
      if (at + 1 < (segmentEnd[word] ?? 0)) cursor[word] = at + 1;
      else heap[0] = heap[--size] ?? 0;
      if (size > 0) siftDown(0);
    }
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

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
