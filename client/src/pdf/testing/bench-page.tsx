// The browser half of bench/pdf-render.ts: the app's PDF code, bundled by Vite as the app bundles
// it (pdfkit's browser build, fonts as `?url` assets), driven from Node through `window.pdfBench`.
import { renderToStaticMarkup } from "react-dom/server";
import { buildCvDocument, buildPortfolioDocument } from "../cv-document";
import { CvPreview } from "../cv-preview";
import previewCss from "../cv-preview.css?inline";
import { benchCv, benchPortfolio } from "./bench-fixtures";

type Timing = { medianMs: number; bytes: number; runs: number[] };

async function time(runs: number, render: () => Promise<Uint8Array>): Promise<Timing> {
  let bytes = 0;
  const durations: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    bytes = (await render()).byteLength;
    durations.push(performance.now() - start);
  }
  const sorted = [...durations].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, bytes, runs: durations };
}

declare global {
  interface Window {
    pdfBench: {
      cv(runs: number): Promise<Timing>;
      portfolio(runs: number): Promise<Timing>;
      previewHtml(): string;
    };
  }
}

window.pdfBench = {
  async cv(runs) {
    // Lazy, as the app loads it: the first call also loads pdfkit and the fonts (a warm-up run).
    const [{ renderPdf }, { loadFonts }] = await Promise.all([
      import("../render-pdf"),
      import("../load-fonts"),
    ]);
    const fonts = await loadFonts();
    const { cv, records } = benchCv();
    const model = buildCvDocument(cv, records);
    await renderPdf(model, { fonts });
    return time(runs, () => renderPdf(model, { fonts }));
  },
  async portfolio(runs) {
    const [{ renderPdf }, { loadFonts }] = await Promise.all([
      import("../render-pdf"),
      import("../load-fonts"),
    ]);
    const fonts = await loadFonts();
    const { records, readBlob } = benchPortfolio();
    const model = buildPortfolioDocument(records, "fr");
    await renderPdf(model, { fonts, readBlob });
    return time(runs, () => renderPdf(model, { fonts, readBlob }));
  },
  previewHtml() {
    const { cv, records } = benchCv();
    const markup = renderToStaticMarkup(
      <CvPreview model={buildCvDocument(cv, records)} headingLevel={1} />,
    );
    return `<!doctype html><html lang="${cv.language}"><head><meta charset="utf-8"><style>${previewCss}
@page { size: A4; margin: 14mm; } .cv-preview { box-shadow: none; max-width: none; padding: 0; }
</style></head><body>${markup}</body></html>`;
  },
};
