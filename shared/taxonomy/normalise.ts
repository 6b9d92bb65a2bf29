/** Letters that Unicode decomposition leaves whole but a French keyboard user types as ASCII. */
const foldedLetters: Record<string, string> = {
  œ: "oe",
  æ: "ae",
  ß: "ss",
  ł: "l",
  ø: "o",
  đ: "d",
  ı: "i",
};
const combiningMarks = /\p{M}+/gu;
const foldable = /[œæßłøđı]/g;
/** Apostrophes, hyphens, slashes, brackets and other punctuation separate words; `+` and `#` stay (C++, C#). */
const separators = /[^\p{L}\p{N}+#]+/gu;

/**
 * The form labels and queries are compared in: compatibility-decomposed, combining marks
 * stripped, lower-cased, a few ligatures and stroked letters folded, and every run of punctuation
 * or space turned into one space. "Œuvre d’art – Équipe" becomes "oeuvre d art equipe".
 */
export function normaliseForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(combiningMarks, "")
    .toLowerCase()
    .replace(foldable, (letter) => foldedLetters[letter] ?? letter)
    .replace(separators, " ")
    .trim();
}

/** The words of an already normalised string. */
export function wordsOf(normalised: string): string[] {
  return normalised === "" ? [] : normalised.split(" ");
}
