/**
 * PDF export figures (issue 6; docs/architecture.md, "Quality bars"), printed, never asserted:
 * (a) a two-page CV, warm, in Node (target ≤ 300 ms);
 * (b) the 50-experience portfolio with 10 image proofs, in Node (target ≤ 3 s);
 * (c) the same two in headless Chromium: a small page (bench/pdf-page) is built by Vite from the
 *     app's own PDF modules, as the app bundles them (pdfkit's browser build, the fonts as assets),
 *     served from loopback and driven through `window.pdfBench`;
 * (d) side by side in one run: our pdfkit CV in Node vs. headless Chromium printing the HTML
 *     rendering of the same CV (the CV preview's markup and CSS) with `page.pdf()`, the approach of
 *     server-side CV tools: time ratio (target ≥ 2×) and file-size ratio.
 * Run:  npm run bench:pdf   (BENCH_RUNS to change the number of warm runs)
 */

import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import react from "@vitejs/plugin-react";
import { build } from "vite";
import { buildCvDocument, buildPortfolioDocument } from "../client/src/pdf/cv-document";
import { renderPdf } from "../client/src/pdf/render-pdf";
import { benchCv, benchPortfolio } from "../client/src/pdf/testing/bench-fixtures";
import { nodeFonts } from "../client/src/pdf/testing/poppler";
import { launchChromium } from "../e2e/support/browser";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const root = path.resolve(import.meta.dirname, "..");
const outDir = "/tmp/pdf-bench-dist";

type Timing = { medianMs: number; bytes: number };

async function median(runs: number, task: () => Promise<number>): Promise<Timing> {
  await task(); // warm-up
  const durations: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    bytes = await task();
    durations.push(performance.now() - start);
  }
  durations.sort((a, b) => a - b);
  return { medianMs: durations[Math.floor(durations.length / 2)] ?? 0, bytes };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const fonts = nodeFonts();
  const cv = benchCv();
  const cvModel = buildCvDocument(cv.cv, cv.records);
  const cvPdf = await renderPdf(cvModel, { fonts });
  const portfolio = benchPortfolio();
  const portfolioModel = buildPortfolioDocument(portfolio.records, "fr");
  const pages = async (bytes: Uint8Array) => {
    const file = path.join(tmpdir(), `skillfolio-bench-${process.pid}.pdf`);
    await writeFile(file, bytes);
    return /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1] ?? "?";
  };

  const nodeCv = await median(RUNS, async () => (await renderPdf(cvModel, { fonts })).byteLength);
  const portfolioPdf = await renderPdf(portfolioModel, { fonts, readBlob: portfolio.readBlob });
  const nodePortfolio = await median(
    Math.max(3, Math.floor(RUNS / 3)),
    async () =>
      (await renderPdf(portfolioModel, { fonts, readBlob: portfolio.readBlob })).byteLength,
  );
  console.log(`PDF bench, ${RUNS} warm runs, medians`);
  console.log(
    `(a) Node     CV (${await pages(cvPdf)} pages, classic):            ${ms(nodeCv.medianMs)}  ${kb(nodeCv.bytes)}   target ≤ 300 ms`,
  );
  console.log(
    `(b) Node     portfolio (50 exp., 10 images, ${await pages(portfolioPdf)} pages): ${ms(nodePortfolio.medianMs)}  ${kb(nodePortfolio.bytes)}   target ≤ 3000 ms`,
  );

  await build({
    configFile: false,
    logLevel: "warn",
    root,
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 2048,
      rollupOptions: { input: path.join(root, "bench/pdf-page/index.html") },
    },
  });
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const file = path.join(
      outDir,
      url.pathname === "/" ? "bench/pdf-page/index.html" : url.pathname,
    );
    try {
      const body = await readFile(file);
      const type = file.endsWith(".js")
        ? "text/javascript"
        : file.endsWith(".html")
          ? "text/html"
          : file.endsWith(".css")
            ? "text/css"
            : "application/octet-stream";
      response.writeHead(200, { "content-type": type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    page.on("pageerror", (error) => console.error("page error:", error));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction("'pdfBench' in window");
    const chromeCv = await page.evaluate<Timing>(`window.pdfBench.cv(${RUNS})`);
    const chromePortfolio = await page.evaluate<Timing>(
      `window.pdfBench.portfolio(${Math.max(3, Math.floor(RUNS / 3))})`,
    );
    console.log(
      `(c) Chromium CV:                                ${ms(chromeCv.medianMs)}  ${kb(chromeCv.bytes)}   target ≤ 300 ms`,
    );
    console.log(
      `(c) Chromium portfolio:                         ${ms(chromePortfolio.medianMs)}  ${kb(chromePortfolio.bytes)}   target ≤ 3000 ms`,
    );

    // (d) The same CV printed by Chromium from its HTML rendering; both sides measured now, warm.
    const html = await page.evaluate<string>("window.pdfBench.previewHtml()");
    const printer = await browser.newPage();
    let printed: Uint8Array = new Uint8Array();
    const print = await median(RUNS, async () => {
      await printer.setContent(html, { waitUntil: "load" });
      printed = await printer.pdf({ format: "A4", printBackground: true });
      return printed.byteLength;
    });
    const ours = await median(RUNS, async () => (await renderPdf(cvModel, { fonts })).byteLength);
    console.log("(d) same CV, side by side in this run:");
    console.log(
      `    pdfkit in Node:              ${ms(ours.medianMs)}  ${kb(ours.bytes)}  ${await pages(cvPdf)} pages`,
    );
    console.log(
      `    Chromium page.pdf() of HTML: ${ms(print.medianMs)}  ${kb(print.bytes)}  ${await pages(printed)} pages`,
    );
    console.log(
      `    time ratio Chromium / pdfkit: ${(print.medianMs / ours.medianMs).toFixed(1)}×  (target ≥ 2×)   size ratio Chromium / pdfkit: ${(print.bytes / ours.bytes).toFixed(2)}×`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
