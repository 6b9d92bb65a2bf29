import { readFile, writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { renderAccessMatrix } from "./access-matrix";

const securityDoc = new URL("../../../docs/security.md", import.meta.url);
const START = "<!-- access-matrix:start (npm run docs:matrix writes this table) -->";
const END = "<!-- access-matrix:end -->";

describe("the authorisation matrix in docs/security.md", () => {
  it("is the table the matrix test checks, cell for cell", async () => {
    const markdown = await readFile(securityDoc, "utf8");
    const from = markdown.indexOf(START);
    const to = markdown.indexOf(END);
    expect(from, `docs/security.md has no ${START} marker`).toBeGreaterThanOrEqual(0);
    expect(to, `docs/security.md has no ${END} marker`).toBeGreaterThan(from);
    const shown = markdown.slice(from + START.length, to).trim();
    const table = renderAccessMatrix();
    // `npm run docs:matrix` sets UPDATE_DOCS=1: the document takes the test's table.
    if (process.env.UPDATE_DOCS === "1" && shown !== table) {
      await writeFile(
        securityDoc,
        `${markdown.slice(0, from + START.length)}\n${table}\n${markdown.slice(to)}`,
      );
      return;
    }
    expect(shown, "docs/security.md is out of date: run npm run docs:matrix").toBe(table);
  });
});
