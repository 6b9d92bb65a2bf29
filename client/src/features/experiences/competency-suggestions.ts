import { normaliseForSearch, wordsOf } from "../../../../shared/taxonomy/normalise";
import type { MatchTier, ReferenceMatch } from "../../../../shared/taxonomy/search";
import type { ReferenceEntry } from "../../../../shared/taxonomy/types";

/** Searches the reference for one word (the device reference, or an index in tests). */
export type SearchReference = (query: string, limit: number) => Promise<readonly ReferenceMatch[]>;

/** Words that say nothing about a competency (normalised: no accents). */
const stopWords = new Set(
  (
    "les des une aux dans sur pour par avec sans chez mon mes nos vos ses leur leurs cette ces " +
    "qui que quoi dont pas plus tres bien fait faire etait ete suis est sont avoir etre tout " +
    "tous toutes entre comme aussi apres avant pendant lors mais donc car sous vers " +
    "the and for with from into our your their this that was were are been have has had " +
    "all also after before during over under some then than very"
  ).split(" "),
);

const suffixes = ["ement", "ation", "euse", "eur", "ant", "ée", "é", "ir", "er", "ez", "e"];

/**
 * A crude French-minded stem, so a word finds its family by prefix: the plural goes, then one
 * common ending, then a doubled final consonant ("accueillir" → "accueil", "vendanges" →
 * "vendang", "travailler" → "travail"). Never shorter than four letters once it has started.
 */
export function stemOf(word: string): string {
  let stem = word.length >= 4 ? word.replace(/[sx]$/, "") : word;
  const suffix = suffixes.find(
    (ending) => stem.endsWith(ending) && stem.length - ending.length >= 4,
  );
  if (suffix) stem = stem.slice(0, -suffix.length);
  if (stem.length >= 5 && /([bcdfglmnprst])\1$/.test(stem)) stem = stem.slice(0, -1);
  return stem;
}

/** The distinct stems worth searching in what the person wrote, title words first. */
export function searchWordsOf(texts: readonly string[]): string[] {
  const stems: string[] = [];
  for (const text of texts) {
    for (const word of wordsOf(normaliseForSearch(text))) {
      if (word.length < 3 || stopWords.has(word) || /^\d+$/.test(word)) continue;
      const stem = stemOf(word);
      if (!stems.includes(stem)) stems.push(stem);
    }
  }
  return stems;
}

const tierScore: Record<MatchTier, number> = { exact: 4, prefix: 3, word: 2, substring: 0 };

/**
 * Whether the stem stands for a label word rather than merely opening it: "main" (à la main)
 * does not make "maintenance", "vendang" does make "vendanges".
 */
export function coversAWord(stem: string, label: string): boolean {
  // A short stem is ambiguous ("main" opens "maintien"), so it must cover more of the word.
  const share = stem.length >= 5 ? 0.5 : 0.66;
  return wordsOf(normaliseForSearch(label)).some(
    (word) => word.startsWith(stem) && stem.length >= word.length * share,
  );
}

/** Below this an entry was only found through one common word (see `suggestCompetencies`). */
const MIN_SCORE = 0.5;

/**
 * Reference entries that fit what the person wrote. Each word is searched on its own (a whole
 * sentence would match nothing: every query word must start a word of the label). A match counts
 * by its tier (exact, prefix, word; substring matches are noise), double for a title word, less
 * through a synonym, and is shared among all the entries that word found: a word that finds
 * many entries ("travailler") says little about each, a rare one ("vendanges") says a lot. A
 * short stem that only opens a longer word ("main" in "maintenance") does not count. Entries
 * found only through one common word are left out. Best first, at most `limit`; ties keep the
 * order they were found in.
 */
export async function suggestCompetencies(
  experience: { title: string; activities: readonly string[] },
  search: SearchReference,
  limit = 8,
): Promise<ReferenceEntry[]> {
  const titleWords = new Set(searchWordsOf([experience.title]));
  const words = searchWordsOf([experience.title, ...experience.activities]).slice(0, 24);
  const scored = new Map<string, { entry: ReferenceEntry; score: number; order: number }>();
  const answers = await Promise.all(words.map((word) => search(word, 6)));
  answers.forEach((matches, index) => {
    const word = words[index] ?? "";
    const found = matches.filter(
      (match) => tierScore[match.tier] > 0 && coversAWord(word, match.label),
    );
    const weight = (titleWords.has(word) ? 2 : 1) / found.length;
    for (const match of found) {
      const score = tierScore[match.tier] * weight * (match.preferred ? 1 : 0.75);
      const key = `${match.entry.scheme}:${match.entry.code}`;
      const known = scored.get(key);
      if (known) known.score += score;
      else scored.set(key, { entry: match.entry, score, order: scored.size });
    }
  });
  return [...scored.values()]
    .filter(({ score }) => score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ entry }) => entry);
}
