import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { Route } from "wouter";
import type { DocumentModel } from "../../pdf/cv-document";
import { exportCvPdf, exportPortfolioPdf } from "../../pdf/export-pdf";
import { jsonResponse, renderScreen } from "../../test/render";
import SharedPortfolioScreen from "./shared-portfolio-screen";
import {
  certificateBlob,
  missingBlob,
  photoBlob,
  privateValues,
  SHARE_ID,
  sharedPortfolio,
} from "./testing/shared-portfolio";

/**
 * pdfkit is checked with poppler in the PDF tests; here the document model stands in for the PDF,
 * with what the renderer got back for each file it asked for (its size, or null).
 */
vi.mock("../../pdf/export-pdf", async () => {
  const { buildCvDocument, buildPortfolioDocument } = await import("../../pdf/cv-document");
  type Options = { readBlob?: (sha256: string) => Promise<ArrayBuffer | Uint8Array | null> };
  const render = async (model: DocumentModel, options: Options) => {
    const wanted = [
      model.person.photo?.blob,
      ...model.sections.flatMap((section) => section.entries.map((entry) => entry.annex?.blob)),
    ].flatMap((blob) => (blob ? [blob.sha256] : []));
    const files: Record<string, number | null> = {};
    for (const sha256 of wanted) {
      files[sha256] = (await options.readBlob?.(sha256))?.byteLength ?? null;
    }
    return new Blob([JSON.stringify({ model, files })], { type: "application/pdf" });
  };
  return {
    exportCvPdf: vi.fn((cv, records, options) => render(buildCvDocument(cv, records), options)),
    exportPortfolioPdf: vi.fn((records, lang, options) =>
      render(buildPortfolioDocument(records, lang), options),
    ),
  };
});

type Answer = "recorded" | "gone" | "server-error" | "network";

/** The adviser routes of one share; the export POST answers as told. */
function adviserServer(portfolio: ReturnType<typeof sharedPortfolio>, answer: Answer = "recorded") {
  const fetch = vi.fn<typeof globalThis.fetch>(async (input, init) => {
    const path = new URL(String(input)).pathname;
    const base = `/api/adviser/shares/${SHARE_ID}`;
    if (init?.method === "POST" && path === `${base}/export`) {
      if (answer === "network") throw new TypeError("Failed to fetch");
      if (answer === "gone") {
        return jsonResponse(404, { error: { code: "not_found", message: "No such share." } });
      }
      if (answer === "server-error") {
        return jsonResponse(500, { error: { code: "internal", message: "Oops." } });
      }
      return new Response(null, { status: 204 });
    }
    if (path === `${base}/portfolio`) return jsonResponse(200, portfolio);
    if (path === `${base}/comments`) return jsonResponse(200, { comments: [] });
    if (
      path === `${base}/blobs/${certificateBlob.sha256}` ||
      path === `${base}/blobs/${photoBlob.sha256}`
    ) {
      return new Response(new Uint8Array(120), {
        status: 200,
        headers: { "Content-Type": "image/png" },
      });
    }
    return jsonResponse(404, { error: { code: "not_found", message: "No such file." } });
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

const exportPosts = (fetch: ReturnType<typeof adviserServer>) =>
  fetch.mock.calls.filter(([, init]) => init?.method === "POST");

/** Files handed to the browser as downloads. */
function catchDownloads() {
  const files: File[] = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    if (blob instanceof File) files.push(blob);
    return "blob:shared";
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
  return files;
}

async function openShare() {
  renderScreen(<Route path="/:shareId" component={SharedPortfolioScreen} />, {
    path: `/${SHARE_ID}`,
  });
  await screen.findByRole("heading", { level: 1, name: "Camille Dupont" });
}

async function delivered(file: File | undefined) {
  expect(file).toBeInstanceOf(File);
  const { model, files } = JSON.parse(await (file as File).text()) as {
    model: DocumentModel;
    files: Record<string, number | null>;
  };
  return { model, files, text: JSON.stringify(model) };
}

describe("the adviser's PDF export", () => {
  it("makes the whole portfolio in the adviser's language, records the export, then hands the file over", async () => {
    const fetch = adviserServer(
      sharedPortfolio({ hiddenFields: ["photo", "birthDate", "address", "phone"], emptied: false }),
    );
    const downloads = catchDownloads();
    await openShare();

    fireEvent.click(screen.getByRole("button", { name: "Exporter en PDF" }));
    const done = await screen.findByText("Fichier prêt : Portfolio-de-Camille-Dupont.pdf");
    expect(done.closest("[role=status]")).toBeTruthy();
    expect(vi.mocked(exportPortfolioPdf).mock.lastCall?.[1]).toBe("fr");

    const { model, files, text } = await delivered(downloads[0]);
    expect(model.kind).toBe("portfolio");
    expect(text).toContain("Vendeuse en boulangerie");
    // What the person hid is not in the document, and the photo is not even fetched.
    expect(model.person.photo).toBeNull();
    for (const value of Object.values(privateValues)) expect(text).not.toContain(value);
    expect(files).toEqual({ [certificateBlob.sha256]: 120, [missingBlob.sha256]: null });

    // One export line in the person's log, asked for after the files were read.
    const posts = exportPosts(fetch);
    expect(posts).toHaveLength(1);
    expect(String(posts[0]?.[0])).toMatch(new RegExp(`/api/adviser/shares/${SHARE_ID}/export$`));
    expect(fetch.mock.calls.at(-1)).toBe(posts[0]);
  });

  it("makes a CV-scoped share as that CV, in the CV's language", async () => {
    const fetch = adviserServer(sharedPortfolio({ scope: "cv" }));
    const downloads = catchDownloads();
    await openShare();

    fireEvent.click(screen.getByRole("button", { name: "Exporter en PDF" }));
    await screen.findByText("Fichier prêt : CV-vente-Camille-Dupont.pdf");
    expect(vi.mocked(exportCvPdf).mock.lastCall?.[0]).toMatchObject({ title: "CV vente" });
    const { model, files } = await delivered(downloads[0]);
    expect(model).toMatchObject({ kind: "cv", lang: "en", template: "two-column" });
    expect(model.person.headline).toBe("Bakery sales assistant");
    expect(files[photoBlob.sha256]).toBe(120);
    expect(exportPosts(fetch)).toHaveLength(1);
  });

  it("refuses offline, says why, and neither renders nor records anything", async () => {
    const fetch = adviserServer(sharedPortfolio());
    const downloads = catchDownloads();
    await openShare();
    vi.mocked(exportPortfolioPdf).mockClear();
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);

    fireEvent.click(screen.getByRole("button", { name: "Exporter en PDF" }));
    const message = await screen.findByText(
      "Connectez-vous pour exporter : la personne est informée de chaque export.",
    );
    expect(message.closest("[role=status]")).toBeTruthy();
    expect(exportPortfolioPdf).not.toHaveBeenCalled();
    expect(exportPosts(fetch)).toHaveLength(0);
    expect(downloads).toHaveLength(0);
  });

  it.each<[Answer, string | RegExp]>([
    ["gone", "Export impossible : ce partage n’est plus actif (révoqué ou expiré)."],
    ["network", "Connectez-vous pour exporter : la personne est informée de chaque export."],
    ["server-error", /^L’export n’a pas pu être inscrit au journal de la personne.+remis : .+/],
  ])("hands no file over when the export cannot be recorded (%s)", async (answer, text) => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const fetch = adviserServer(sharedPortfolio(), answer);
    const downloads = catchDownloads();
    await openShare();

    fireEvent.click(screen.getByRole("button", { name: "Exporter en PDF" }));
    expect(await screen.findByText(text)).toBeTruthy();
    expect(exportPosts(fetch)).toHaveLength(1);
    expect(downloads).toHaveLength(0);
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Exporter en PDF" })).toHaveProperty(
        "disabled",
        false,
      ),
    );
  });
});
