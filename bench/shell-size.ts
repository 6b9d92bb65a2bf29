/**
 * First-load JS of the app shell, as docs/architecture.md ("Quality bars") judges it: gzip level 6
 * of the entry scripts and modulepreloads named by the built client/dist/index.html. Run after
 * `npm run build`. Prints the figure against the 150 KB budget; exits 1 over budget.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 150;
const dist = path.resolve(import.meta.dirname, "../client/dist");
const indexPath = path.join(dist, "index.html");
if (!existsSync(indexPath)) {
  console.error("No client/dist/index.html: run `npm run build` first.");
  process.exit(1);
}
const html = readFileSync(indexPath, "utf8");
const references = new Set(
  [
    ...html.matchAll(/<script[^>]*type=["']module["'][^>]*src=["']([^"']+)/g),
    ...html.matchAll(/<link[^>]*rel=["']modulepreload["'][^>]*href=["']([^"']+)/g),
  ].map((match) => match[1] ?? ""),
);
let gzipped = 0;
let raw = 0;
for (const reference of references) {
  const bytes = readFileSync(path.join(dist, reference.replace(/^\//, "")));
  raw += bytes.length;
  gzipped += gzipSync(bytes, { level: 6 }).length;
}
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(
  `shell JS: ${kb(gzipped)} KB gzipped (${kb(raw)} KB raw, ${references.size} files); budget ${BUDGET_KB} KB: ${(
    (gzipped / (BUDGET_KB * 1024)) * 100
  ).toFixed(0)}% used`,
);
process.exit(gzipped <= BUDGET_KB * 1024 ? 0 : 1);
