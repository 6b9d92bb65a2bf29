import type { Locale } from "../schemas/common";
import { normaliseForSearch, wordsOf } from "./normalise";
import { compareLabelRecords, type LabelRecord, labelRecords } from "./ranking";
import type { ReferenceEntry } from "./types";

/** Posting segments per word: chosen locale opening/later, other locale opening/later. */
export const SEGMENTS = 4;

/**
 * The tables of the reference index (the doc block of `createReferenceIndex` in search.ts says
 * how they serve the ranking): labels by rank, their words re-numbered in sorted order so that a
 * prefix is an id range, and each word's postings in four segments.
 */
export type ReferencePostings = {
  records: LabelRecord[];
  labelCount: number;
  labelRank: Int32Array;
  labelEntry: Int32Array;
  labelOther: Uint8Array;
  labelWordCount: Uint16Array;
  labelWordStart: Int32Array;
  words: string[];
  labelWords: Int32Array;
  segmentStart: Int32Array;
  postings: Int32Array;
};

export function buildPostings(
  entries: readonly ReferenceEntry[],
  locale: Locale,
): ReferencePostings {
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

  return {
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
  };
}

/** The k-way merge of segments, with its scratch arrays allocated once per index. */
export function createSegmentMerger({
  labelRank,
  postings,
  segmentStart,
  words,
}: ReferencePostings) {
  const cursor = new Int32Array(words.length);
  const segmentEnd = new Int32Array(words.length);
  const heap = new Int32Array(words.length);

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

  return mergeSegment;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
