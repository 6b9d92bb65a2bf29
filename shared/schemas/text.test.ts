import { describe, expect, it } from "vitest";
import { experienceFieldsSchema } from "./experience";
import {
  cleanText,
  lineSchema,
  optionalLineSchema,
  requiredTextSchema,
  textProblem,
  textSchema,
} from "./text";
import { loginRequestSchema, passwordSchema } from "./user";

const decomposed = "Cafe\u0301 de la Gare"; // "e" + combining acute, as macOS may type it
const composed = "Caf\u00e9 de la Gare";
const bidi = [
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
];

describe("the one text rule", () => {
  it("refuses NUL and every other C0 and C1 control in a single line", () => {
    for (const unit of [0x00, 0x01, 0x08, 0x0b, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f]) {
      const value = `a${String.fromCharCode(unit)}b`;
      expect(textProblem(value, "line")?.code).toBe("control");
      expect(optionalLineSchema(100).safeParse(value).success).toBe(false);
    }
  });

  it("makes a tab or line break pasted into a single line a space instead of refusing it", () => {
    expect(lineSchema(100).parse("Chef\tde\r\nrang\n")).toBe("Chef de rang");
    expect(textProblem("a\tb", "line")?.code).toBe("control");
  });

  it("keeps tab and newline in multi-line text but still refuses NUL and other controls", () => {
    expect(textSchema(100).parse("one\ttwo\nthree")).toBe("one\ttwo\nthree");
    for (const unit of [0x00, 0x0b, 0x0c, 0x1b, 0x7f, 0x9b]) {
      expect(textSchema(100).safeParse(`a${String.fromCharCode(unit)}b`).success).toBe(false);
    }
  });

  it("makes CR LF and lone CR line breaks of multi-line text plain LF", () => {
    expect(textSchema(100).parse("one\r\ntwo\rthree")).toBe("one\ntwo\nthree");
  });

  it("refuses a lone high or low surrogate anywhere, and keeps emoji made of a valid pair", () => {
    for (const value of ["\udc00", "a\ud83d", "\ud83db", "x\udc00y", "\ude00\ud83d"]) {
      expect(textProblem(value, "multiline")?.code).toBe("lone_surrogate");
      expect(textSchema(100).safeParse(value).success).toBe(false);
    }
    expect(lineSchema(100).parse("Vendanges 🍇 2023")).toBe("Vendanges 🍇 2023");
    expect(textProblem("👩🏽‍🌾", "line")).toBeNull();
  });

  it("refuses bidi embedding, override and isolate controls in a single line only", () => {
    for (const control of bidi) {
      expect(textProblem(`abc${control}def`, "line")).toMatchObject({ code: "bidi_control" });
      expect(lineSchema(100).safeParse(`abc${control}def`).success).toBe(false);
      expect(textSchema(100).safeParse(`abc${control}def`).success).toBe(true);
    }
    expect(lineSchema(100).parse("مرحبا Hello שלום")).toBe("مرحبا Hello שלום");
  });

  it("normalises decomposed accents to NFC instead of refusing them", () => {
    expect(lineSchema(100).parse(decomposed)).toBe(composed);
    expect(textSchema(100).parse(decomposed)).toBe(composed);
  });

  it("names the refused character and where it is", () => {
    expect(textProblem("ab\u0000", "line")).toEqual({
      code: "control",
      index: 2,
      codePoint: "U+0000",
    });
    const parsed = lineSchema(100).safeParse("ab\u0000");
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("Contains a control character (U+0000)");
  });

  it("refuses 100 000 characters against a max length and accepts exactly the max", () => {
    const long = "a".repeat(100_000);
    expect(lineSchema(200).safeParse(long).success).toBe(false);
    expect(textSchema(8000).safeParse(long).success).toBe(false);
    expect(lineSchema(200).safeParse("a".repeat(200)).success).toBe(true);
    expect(textProblem(`${long}\u0000`, "multiline")).toMatchObject({ index: 100_000 });
  });

  it("requires something other than spaces where a text is required", () => {
    expect(lineSchema(10).safeParse("  ").success).toBe(false);
    expect(requiredTextSchema(10).safeParse("\n\t").success).toBe(false);
  });

  it("reaches array items: an activity with NUL or a tag with a lone surrogate is refused", () => {
    const base = {
      kind: "job",
      title: "Vendangeur",
      organisation: "",
      location: "",
      startDate: "2023",
      endDate: null,
      description: "",
      activities: [],
      tags: [],
    };
    expect(experienceFieldsSchema.safeParse(base).success).toBe(true);
    const activity = experienceFieldsSchema.safeParse({ ...base, activities: ["ok", "a\u0000"] });
    expect(activity.error?.issues[0]?.path).toEqual(["activities", 1]);
    const tag = experienceFieldsSchema.safeParse({ ...base, tags: ["\udc00"] });
    expect(tag.error?.issues[0]?.path).toEqual(["tags", 0]);
  });

  it("refuses NUL and lone surrogates in passwords and sign-in emails without altering them", () => {
    expect(passwordSchema.safeParse("correct horse\u0000").success).toBe(false);
    expect(passwordSchema.safeParse("correct horse\ud800").success).toBe(false);
    expect(passwordSchema.parse(" tab\there ")).toBe(" tab\there ");
    expect(
      loginRequestSchema.safeParse({ email: "a\u0000@example.org", password: "x" }).success,
    ).toBe(false);
  });
});

describe("cleanText", () => {
  it("drops what a single line may not hold and reports each character removed", () => {
    const { text, cleaning } = cleanText("Chef\u0000 de\u202e rang\u0000", "line");
    expect(text).toBe("Chef de rang");
    expect(cleaning?.removed).toEqual([
      { code: "control", codePoint: "U+0000", count: 2 },
      { code: "bidi_control", codePoint: "U+202E", count: 1 },
    ]);
  });

  it("turns the tabs and line breaks of a single line into spaces rather than gluing words", () => {
    expect(cleanText("Chef\tde\r\nrang", "line")).toEqual({
      text: "Chef de rang",
      cleaning: { removed: [], spaced: 2, normalised: false },
    });
  });

  it("drops lone surrogates, keeps emoji, and keeps multi-line layout", () => {
    const { text, cleaning } = cleanText("🍇\udc00 récolte\n\tcave\ud800", "multiline");
    expect(text).toBe("🍇 récolte\n\tcave");
    expect(cleaning?.removed).toEqual([
      { code: "lone_surrogate", codePoint: "U+DC00", count: 1 },
      { code: "lone_surrogate", codePoint: "U+D800", count: 1 },
    ]);
  });

  it("reports NFC normalisation alone, and nothing when the text already follows the rule", () => {
    expect(cleanText(decomposed, "line")).toEqual({
      text: composed,
      cleaning: { removed: [], spaced: 0, normalised: true },
    });
    expect(cleanText(composed, "line")).toEqual({ text: composed, cleaning: null });
  });

  it("always gives text the schemas of its kind accept", () => {
    const hostile = "\u0000\u0001\u0085\u202a\u2069\ud800\udc00x\udfff\t\n\r\u007f";
    expect(lineSchema(100).safeParse(cleanText(hostile, "line").text).success).toBe(true);
    expect(textSchema(100).safeParse(cleanText(hostile, "multiline").text).success).toBe(true);
  });
});
