import regularUrl from "dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url";
import boldUrl from "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url";
import type { PdfFonts } from "./render-pdf";

let loading: Promise<PdfFonts> | null = null;

/**
 * DejaVu Sans regular and bold for the browser, fetched once per page life (Vite emits the TTFs as
 * hashed assets; the service worker must precache `*.ttf` for exports to work offline). The same
 * buffers are returned every time, so the renderer's parsed-font cache hits from the second export.
 */
export function loadFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

async function fetchFont(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The PDF font could not be loaded (${response.status})`);
  return response.arrayBuffer();
}
