// @vitest-environment node
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
} from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { BlobRef } from "../../../shared/schemas/proof";
import { buildPortfolioDocument } from "./cv-document";
import { renderPdf } from "./render-pdf";
import { makePng } from "./testing/images";
import { makePdfProof } from "./testing/pdf-proofs";
import {
  nodeFonts,
  pdfFile,
  pdfFonts,
  pdfInfo,
  pdfLang,
  pdfPageGray,
  pdfText,
} from "./testing/poppler";
import { experience, proof } from "./testing/sample-portfolio";

const fonts = nodeFonts();

const blobRef = (index: number, mime: BlobRef["mime"]): BlobRef => ({
  sha256: index.toString(16).padStart(64, "b"),
  size: 100,
  mime,
});

/** A portfolio whose annexes are a photo, a two-page PDF attestation and a file that is no PDF. */
async function portfolioWithPdfProofs(lang: "fr" | "en") {
  const files = new Map<string, Uint8Array>([
    [blobRef(1, "image/png").sha256, makePng(400, 300)],
    [
      blobRef(2, "application/pdf").sha256,
      await makePdfProof(fonts, "ATTESTATION-XYZ", "SECOND-PAGE-ONLY"),
    ],
    [blobRef(3, "application/pdf").sha256, new TextEncoder().encode("not a pdf")],
  ]);
  const proofs = [
    proof({ title: "Photo du chantier", blob: blobRef(1, "image/png") }),
    proof({ title: "Attestation employeur", blob: blobRef(2, "application/pdf") }),
    proof({ title: "PDF abîmé", blob: blobRef(3, "application/pdf") }),
    proof({ title: "PDF absent", blob: blobRef(4, "application/pdf") }),
  ];
  const model = buildPortfolioDocument(
    {
      profile: null,
      experiences: [experience({ title: "Cariste – Łódź" })],
      competencies: [],
      proofs,
    },
    lang,
  );
  const bytes = await renderPdf(model, {
    fonts,
    readBlob: async (sha256) => files.get(sha256) ?? null,
  });
  return { bytes, model, path: pdfFile(bytes) };
}

/** The text of each page, 1-based page i at index i - 1. */
function pageTexts(path: string): string[] {
  const pages = Number(pdfInfo(path).get("Pages"));
  return Array.from({ length: pages }, (_, index) =>
    pdfText(path, { first: index + 1, last: index + 1 }).replace(/\s+/g, " "),
  );
}

describe("a PDF proof in the portfolio's annexes", () => {
  it("shows its first page on the annex's own page, and not its second", async () => {
    const { path } = await portfolioWithPdfProofs("fr");
    const pages = pageTexts(path);
    const annexPage = pages.findIndex((text) => text.includes("Attestation employeur"));
    expect(annexPage).toBeGreaterThanOrEqual(0);
    const annex = pages[annexPage] ?? "";
    expect(annex.indexOf("ATTESTATION-XYZ")).toBeGreaterThan(
      annex.indexOf("Attestation employeur"),
    );
    expect(pages.join(" ")).not.toContain("SECOND-PAGE-ONLY");
    // pdf-lib added no page: the footer's count is the file's.
    expect(pages.at(-1)).toContain(`Page ${pages.length} sur ${pages.length}`);
  });

  it("draws the page in its box: the annex page is dark where the proof's page is", async () => {
    const { path } = await portfolioWithPdfProofs("fr");
    const pages = pageTexts(path);
    const annexPage = pages.findIndex((text) => text.includes("ATTESTATION-XYZ")) + 1;
    const unreadablePage = pages.findIndex((text) => text.includes("PDF abîmé")) + 1;
    const darkShare = (page: number) => {
      const { pixels } = pdfPageGray(path, page);
      return pixels.filter((grey) => grey < 100).length / pixels.length;
    };
    // The proof's page is mostly a dark block; drawn at about 60 %, it covers a fifth of the page.
    expect(darkShare(annexPage)).toBeGreaterThan(0.15);
    if (unreadablePage !== annexPage) expect(darkShare(unreadablePage)).toBeLessThan(0.05);
  });

  it("lists a file that is no PDF, or is missing, as unreadable, without failing", async () => {
    const { path } = await portfolioWithPdfProofs("fr");
    const text = pdfText(path).replace(/\s+/g, " ");
    const unreadable = "Ce fichier n'a pas pu être lu";
    /** The annex's text: from its title to the next annex. */
    const annexText = (title: string) => {
      const start = text.indexOf(title);
      const next = text.indexOf("Annexe ", start);
      return text.slice(start, next < 0 ? undefined : next);
    };
    expect(annexText("PDF abîmé")).toContain(unreadable);
    expect(annexText("PDF absent")).toContain(unreadable);
    expect(annexText("Attestation employeur")).not.toContain(unreadable);
  });

  it("keeps the file tagged, titled, in its language, A4, with every font embedded", async () => {
    const { path, model } = await portfolioWithPdfProofs("en");
    const info = pdfInfo(path);
    expect(info.get("Tagged")).toBe("yes");
    expect(info.get("Title")).toBe(model.title);
    expect(info.get("Page size")).toMatch(/^595\.2\d x 841\.8\d pts \(A4\)/);
    expect(pdfLang(path)).toBe("en");
    const used = pdfFonts(path);
    expect(used.length).toBeGreaterThanOrEqual(2);
    expect(used.every((font) => font.embedded)).toBe(true);
    const text = pdfText(path).replace(/\s+/g, " ");
    const titles = model.sections.flatMap((section) => section.entries.map((entry) => entry.title));
    const at = titles.filter(Boolean).map((title) => text.indexOf(title));
    expect(at.every((position) => position >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("is a Figure with alt text, and the page drawn in it is an Artifact", async () => {
    const { bytes } = await portfolioWithPdfProofs("en");
    const raw = new TextDecoder("latin1").decode(bytes);
    // The photo and the PDF's first page; the unreadable files have no figure.
    expect(raw.match(/\/S \/Figure/g)).toHaveLength(2);
    const document = await PDFDocument.load(bytes);
    const alts = document.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object) => object instanceof PDFDict)
      .filter((dict) => dict.get(PDFName.of("S")) === PDFName.of("Figure"))
      .map((dict) => dict.lookupMaybe(PDFName.of("Alt"), PDFString, PDFHexString)?.decodeText());
    expect(alts).toContain("Evidence: Attestation employeur — first page of the attached PDF");
    const drawn = document.getPages().flatMap((page) => {
      const contents = page.node.Contents();
      const streams = contents instanceof PDFArray ? contents.asArray() : [];
      return streams
        .map((ref) => document.context.lookup(ref))
        .filter((stream) => stream instanceof PDFRawStream)
        .map((stream) => new TextDecoder().decode(decodePDFRawStream(stream).decode()))
        .filter((operators) => operators.includes("/EmbeddedPdfPage"));
    });
    expect(drawn).toHaveLength(1);
    expect(drawn[0]).toMatch(/^\/Artifact BMC[\s\S]*\/EmbeddedPdfPage-\d+ Do[\s\S]*EMC\s*$/);
  });
});
