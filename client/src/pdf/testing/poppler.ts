/// <reference types="node" />
// Test helpers only (Node): the PDF tests check real files with poppler's command-line tools.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PdfFonts } from "../render-pdf";

const require = createRequire(import.meta.url);

/** DejaVu Sans from the npm package, as the browser gets it (bytes, no file path). */
export function nodeFonts(): PdfFonts {
  const read = (file: string) => {
    const bytes = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
  return { regular: read("DejaVuSans.ttf"), bold: read("DejaVuSans-Bold.ttf") };
}

const directory = mkdtempSync(join(tmpdir(), "skillfolio-pdf-"));
let count = 0;

/** Writes the PDF to a temporary file and returns its path, for the poppler tools. */
export function pdfFile(bytes: Uint8Array): string {
  count += 1;
  const path = join(directory, `document-${count}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

function run(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    throw new Error(
      `${tool} is not installed: the PDF tests check files with poppler's tools ` +
        "(Debian, Ubuntu: apt-get install poppler-utils; macOS: brew install poppler).",
    );
  }
}

/** `pdfinfo` as a map: "Tagged" → "yes", "Title" → ..., "Pages" → "3". */
export function pdfInfo(path: string): Map<string, string> {
  const info = new Map<string, string>();
  for (const line of run("pdfinfo", [path]).split("\n")) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) info.set(match[1].trim(), match[2].trim());
  }
  return info;
}

/** The catalog's /Lang, which pdfinfo does not print: read from the uncompressed catalog object. */
export function pdfLang(path: string): string | null {
  const text = readFileSync(path, "latin1");
  return /\/Lang\s*\(([^)]*)\)/.exec(text)?.[1] ?? null;
}

/** `pdffonts` rows: name, type and whether the font is embedded. */
export function pdfFonts(path: string): { name: string; embedded: boolean }[] {
  const lines = run("pdffonts", [path]).split("\n").slice(2).filter(Boolean);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // name type... encoding emb sub uni object ID: "emb" is the fifth column from the end.
    return { name: columns[0] ?? "", embedded: columns.at(-5) === "yes" };
  });
}

/** The text of the whole document, or of pages first..last (1-based). */
export function pdfText(path: string, pages?: { first: number; last: number }): string {
  const range = pages ? ["-f", String(pages.first), "-l", String(pages.last)] : [];
  return run("pdftotext", ["-layout", ...range, path, "-"]);
}

/** One page rendered in grey levels by `pdftoppm` (0 black, 255 white), row by row. */
export function pdfPageGray(
  path: string,
  page: number,
  dpi = 36,
): { width: number; height: number; pixels: Uint8Array } {
  const args = ["-gray", "-r", String(dpi), "-f", String(page), "-l", String(page), path];
  const pgm = execFileSync("pdftoppm", args, { maxBuffer: 64 * 1024 * 1024 });
  // A binary PGM: "P5", width, height, maximum value, each followed by one whitespace byte.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString("latin1"));
  if (!header?.[1] || !header[2]) throw new Error("pdftoppm did not write a PGM image");
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: new Uint8Array(pgm.subarray(header[0].length)) };
}
