import type { Doc } from "./pdf-layout";
import type { ParsedFont } from "./pdfkit-types";

type FontSource = ArrayBuffer | Uint8Array;
const parsedFonts = new WeakMap<FontSource, ParsedFont>();

/**
 * The font parsed once per font buffer: parsing DejaVu's tables is most of a warm CV render, and
 * pdfkit accepts an already-parsed fontkit font (it subsets it per document; fontkit's glyph cache
 * is shared, which only helps). The parsed font is read from pdfkit's font wrapper (`font`), since
 * fontkit is pdfkit's dependency, not ours; if that ever changes, the bytes are parsed every time.
 */
export function parsedFont(doc: Doc, source: FontSource): ParsedFont | Uint8Array {
  const bytes = source instanceof Uint8Array ? source : new Uint8Array(source);
  const cached = parsedFonts.get(source);
  if (cached) return cached;
  doc.font(bytes);
  const wrapper: unknown = Reflect.get(doc, "_font");
  const font: unknown =
    wrapper && typeof wrapper === "object" ? Reflect.get(wrapper, "font") : null;
  if (!isParsedFont(font)) return bytes;
  parsedFonts.set(source, font);
  return font;
}

function isParsedFont(value: unknown): value is ParsedFont {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof Reflect.get(value, "layout") === "function"
  );
}
