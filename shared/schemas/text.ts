/**
 * The one rule for text the product keeps, used by every shared schema, every import and the forms.
 *
 * - A single-line text (a title, a name, a tag) holds no control character at all (C0 U+0000–U+001F,
 *   DEL U+007F, C1 U+0080–U+009F; so no tab or line break either) and no bidirectional embedding,
 *   override or isolate control (U+202A–U+202E, U+2066–U+2069), which could make a line read in a
 *   different order than it was written.
 * - A multi-line text (a description, a note) may also hold tabs and line breaks, and the bidi
 *   controls that right-to-left writing needs inside a paragraph.
 * - Neither holds a lone surrogate: it is not a character, PostgreSQL would keep it as U+FFFD.
 * - Both are Unicode NFC. Typed text is normalised rather than refused (macOS and some keyboards
 *   send "é" as "e" plus a combining accent, which looks the same to the person), and so is white
 *   space: a tab or line break pasted into a single line becomes a space, and the line breaks of
 *   multi-line text become LF (CR LF and CR are what some systems and files use).
 *
 * Schemas normalise and refuse; forms explain a refusal with `textProblem`; importers keep the
 * text and drop the offending characters with `cleanText`, reporting what they removed.
 */
import { z } from "zod/mini";

export type TextKind = "line" | "multiline";

/** What the rule refuses, as a code the forms translate. */
export type TextProblemCode = "control" | "lone_surrogate" | "bidi_control";
/** The first refused character: its code, its UTF-16 index and its code point (U+XXXX). */
export type TextProblem = { code: TextProblemCode; index: number; codePoint: string };

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
const isBidiControl = (unit: number) =>
  (unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069);
const isControl = (unit: number) => unit <= 0x1f || (unit >= 0x7f && unit <= 0x9f);

/** `U+0000`-style name of a UTF-16 code unit, for messages and cleaning reports. */
export const codePointName = (unit: number) =>
  `U+${unit.toString(16).toUpperCase().padStart(4, "0")}`;

/** Why the code unit at `index` is refused (null if it is fine); pairs are looked at whole. */
function problemAt(value: string, index: number, kind: TextKind): TextProblemCode | null {
  const unit = value.charCodeAt(index);
  if (isControl(unit))
    return kind === "multiline" && (unit === 0x09 || unit === 0x0a) ? null : "control";
  if (isHigh(unit)) return isLow(value.charCodeAt(index + 1)) ? null : "lone_surrogate";
  if (isLow(unit)) return isHigh(value.charCodeAt(index - 1)) ? null : "lone_surrogate";
  if (kind === "line" && isBidiControl(unit)) return "bidi_control";
  return null;
}

/** Quick pre-check: text without any of these code units cannot break the rule. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose.
const suspect = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff\u202a-\u202e\u2066-\u2069]/;

/** The first thing the rule refuses in `value` (already normalised), or null when it is fine. */
export function textProblem(value: string, kind: TextKind): TextProblem | null {
  if (!suspect.test(value)) return null;
  for (let index = 0; index < value.length; index++) {
    const code = problemAt(value, index, kind);
    if (code) return { code, index, codePoint: codePointName(value.charCodeAt(index)) };
  }
  return null;
}

const lineBreakOrTab = /\r\n|[\t\n\r]/g;

/**
 * What the schemas do to text before checking it: NFC; in a single line, tabs and line breaks
 * made spaces; in multi-line text, LF line breaks.
 */
export function normaliseText(value: string, kind: TextKind): string {
  const nfc = value.normalize("NFC");
  return kind === "multiline" ? nfc.replace(/\r\n?/g, "\n") : nfc.replace(lineBreakOrTab, " ");
}

const problemMessages: Record<TextProblemCode, string> = {
  control: "Contains a control character",
  lone_surrogate: "Contains a lone surrogate",
  bidi_control: "Contains a bidirectional control character",
};

/** A zod check that refuses what `textProblem` finds, naming the code and the code point. */
const textRuleCheck = (kind: TextKind) =>
  z.superRefine<string>((value, context) => {
    const problem = textProblem(value, kind);
    if (!problem) return;
    context.addIssue({
      code: "custom",
      input: value,
      message: `${problemMessages[problem.code]} (${problem.codePoint})`,
      params: { textProblem: problem.code },
    });
  });

const ruledText = (kind: TextKind, max: number, required: boolean) =>
  z.string().check(
    z.overwrite((value) => normaliseText(value, kind)),
    z.trim(),
    ...(required ? [z.minLength(1)] : []),
    z.maxLength(max),
    textRuleCheck(kind),
  );

/** A trimmed, non-empty, single line of at most `max` UTF-16 units. */
export const lineSchema = (max: number) => ruledText("line", max, true);
/** A trimmed single line that may be empty. */
export const optionalLineSchema = (max: number) => ruledText("line", max, false);
/** Trimmed free text over several lines, which may be empty. */
export const textSchema = (max: number) => ruledText("multiline", max, false);
/** Trimmed free text over several lines, not empty (a comment). */
export const requiredTextSchema = (max: number) => ruledText("multiline", max, true);

/**
 * The single-line rule without normalising, for values compared as typed (an email at sign-in):
 * it only refuses.
 */
export const rawTextCheck = textRuleCheck("line");

/**
 * For passwords: no normalisation or trimming (that would change what is hashed, and passwords
 * set before this rule must still work), but no NUL or lone surrogate, which cannot be hashed
 * or stored faithfully.
 */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const secretTextCheck = z.superRefine<string>((value, context) => {
  const code: TextProblemCode | null = value.includes("\u0000")
    ? "control"
    : loneSurrogate.test(value)
      ? "lone_surrogate"
      : null;
  if (!code) return;
  context.addIssue({ code: "custom", input: value, message: problemMessages[code] });
});

/** What `cleanText` did to a value: each removed or replaced character, by kind, counted. */
export type TextCleaning = {
  /** The character classes removed, e.g. `{code: "control", codePoint: "U+0000", count: 2}`. */
  removed: { code: TextProblemCode; codePoint: string; count: number }[];
  /** Line breaks and tabs of a single-line text, made spaces. */
  spaced: number;
  /** True when NFC (or LF line breaks) changed the text. */
  normalised: boolean;
};

/**
 * Makes imported text follow the rule without losing what can be kept: normalises it, turns tabs
 * and line breaks of a single line into spaces, and drops every other refused character. The
 * result always passes the schemas of its kind (length and emptiness aside); `cleaning` is null
 * when nothing changed.
 */
export function cleanText(
  value: string,
  kind: TextKind,
): { text: string; cleaning: TextCleaning | null } {
  const spaced = kind === "line" ? (value.match(lineBreakOrTab)?.length ?? 0) : 0;
  const normalised = normaliseText(value, kind);
  const wasNormalised = kind === "line" ? value.normalize("NFC") !== value : normalised !== value;
  const counts = new Map<string, { code: TextProblemCode; codePoint: string; count: number }>();
  let text = normalised;
  if (suspect.test(normalised)) {
    text = "";
    for (let index = 0; index < normalised.length; index++) {
      const code = problemAt(normalised, index, kind);
      if (!code) {
        text += normalised[index];
        continue;
      }
      const codePoint = codePointName(normalised.charCodeAt(index));
      const entry = counts.get(codePoint) ?? { code, codePoint, count: 0 };
      entry.count++;
      counts.set(codePoint, entry);
    }
  }
  const removed = [...counts.values()];
  const changed = removed.length > 0 || spaced > 0 || wasNormalised;
  return { text, cleaning: changed ? { removed, spaced, normalised: wasNormalised } : null };
}
