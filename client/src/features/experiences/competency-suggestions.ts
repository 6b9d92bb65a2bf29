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

/**
 * A crude stem, so a word finds its family by prefix: "vendanges" → "vendang" (Vendanges,
 * vendangeur), "clients" → "clien". Short words only lose a plural "s".
 */
export function stemOf(word: string): string {
  if (word.length <= 5) return word.replace(/s$/, "");
  return word.slice(0, Math.max(5, word.length - 2));
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
  return wordsOf(normaliseForSearch(label)).some(
    (word) => word.startsWith(stem) && stem.length >= word.length * 0.6,
  );
}

/**
 * Reference entries that fit what the person wrote. Each word is searched on its own (a whole
 * sentence would match nothing: every query word must start a word of the label); an entry
 * scores by how well and how often it matched, title words counting double; substring matches
 * and a short stem that only opens a longer word ("main" in "maintenance") do not count (noise). Best first, at most `limit`; ties keep the order they were found in.
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
    const weight = titleWords.has(words[index] ?? "") ? 2 : 1;
    for (const match of matches) {
      const score = tierScore[match.tier] * weight;
      if (score === 0 || !coversAWord(words[index] ?? "", match.label)) continue;
      const key = `${match.entry.scheme}:${match.entry.code}`;
      const found = scored.get(key);
      if (found) found.score += score;
      else scored.set(key, { entry: match.entry, score, order: scored.size });
    }
  });
  return [...scored.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ entry }) => entry);
}
