// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { CvTemplate } from "../../../shared/schemas/cv";
import type { BlobRef } from "../../../shared/schemas/proof";
import { buildCvDocument, buildPortfolioDocument } from "./cv-document";
import { renderPdf } from "./render-pdf";
import { brokenPng, makePng } from "./testing/images";
import { nodeFonts, pdfFile, pdfFonts, pdfInfo, pdfLang, pdfText } from "./testing/poppler";
import { experience, largePortfolio, proof, sampleCvPortfolio } from "./testing/sample-portfolio";

const fonts = nodeFonts();
const templates: CvTemplate[] = ["classic", "two-column", "europass"];

const blobRef = (index: number, mime: BlobRef["mime"], size = 100): BlobRef => ({
  sha256: index.toString(16).padStart(64, "0"),
  size,
  mime,
});

/** Positions of each needle in the text, -1 when missing. */
const positions = (text: string, needles: string[]) =>
  needles.map((needle) => text.indexOf(needle));

describe.each(templates)("a CV in the %s template", (template) => {
  const { records, cv } = sampleCvPortfolio();
  const [, skipped, ...rest] = records.experiences;
  const selected = rest.reverse();
  const chosen = {
    ...cv,
    template,
    experienceIds: selected.map((entry) => entry.id),
    competencyIds: records.competencies.slice(1).map((entry) => entry.id),
  };

  it("is a tagged A4 PDF with its title, language and every font embedded", async () => {
    const path = pdfFile(await renderPdf(buildCvDocument(chosen, records), { fonts }));
    const info = pdfInfo(path);
    expect(info.get("Tagged")).toBe("yes");
    expect(info.get("Title")).toBe("Boulangerie Lyon – Ελένη Dvořák-Straße");
    expect(info.get("Page size")).toMatch(/^595\.2\d x 841\.8\d pts \(A4\)/);
    expect(pdfLang(path)).toBe("fr");
    const used = pdfFonts(path);
    expect(used.length).toBeGreaterThanOrEqual(2);
    expect(used.every((font) => font.embedded && font.name.includes("DejaVuSans"))).toBe(true);
  });

  it("prints every selected entry, in the CV's order, and no other", async () => {
    const path = pdfFile(await renderPdf(buildCvDocument(chosen, records), { fonts }));
    const text = pdfText(path);
    const work = selected.filter((entry) => entry.kind === "job").map((entry) => entry.title);
    const school = selected.filter((entry) => entry.kind !== "job").map((entry) => entry.title);
    for (const titles of [work, school]) {
      const at = positions(text, titles);
      expect(at.every((position) => position >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
    expect(text).not.toContain(skipped?.title);
    expect(text).not.toContain("Pâte feuilletée");
    expect(text).toContain("Pain au levain · Autonome");
  });

  it("keeps Unicode names intact: Ærøskøbing, Łódź, Dvořák, Straße, Ελένη", async () => {
    const everything = {
      ...cv,
      template,
      experienceIds: records.experiences.map((entry) => entry.id),
    };
    const text = pdfText(pdfFile(await renderPdf(buildCvDocument(everything, records), { fonts })));
    for (const name of [
      "Ærøskøbing",
      "Łódź",
      "Dvořák",
      "Straße",
      "Ελένη",
      "Żółć",
      "Řehoř",
      "Œuvre",
    ]) {
      expect(text).toContain(name);
    }
  });
});

describe("an English CV", () => {
  it("has English labels, dates and language", async () => {
    const { records, cv } = sampleCvPortfolio();
    const path = pdfFile(
      await renderPdf(buildCvDocument({ ...cv, language: "en" }, records), { fonts }),
    );
    const text = pdfText(path);
    expect(pdfLang(path)).toBe("en");
    expect(text).toContain("Jan 2010 – present");
    expect(text).toMatch(/Page 1 of \d/);
  });
});

describe("the portfolio", () => {
  it("with 50 experiences never splits an entry across pages", async () => {
    const records = largePortfolio(50, []);
    const done: number[] = [];
    const bytes = await renderPdf(buildPortfolioDocument(records, "fr"), {
      fonts,
      onProgress: (count, total) => {
        done.push(count);
        expect(total).toBeGreaterThanOrEqual(count);
      },
    });
    expect(done.at(-1)).toBeGreaterThan(50);
    const path = pdfFile(bytes);
    const pages = Number(pdfInfo(path).get("Pages"));
    expect(pages).toBeGreaterThan(5);
    const pageTexts = Array.from({ length: pages }, (_, index) =>
      pdfText(path, { first: index + 1, last: index + 1 }),
    );
    const model = buildPortfolioDocument(records, "fr");
    const entries = model.sections.find((section) => section.kind === "experience")?.entries ?? [];
    expect(entries).toHaveLength(50);
    for (const entry of entries) {
      const lastBullet = entry.bullets.at(-1) ?? entry.dates;
      // The title's line holds the dates too; the last activity ends the entry.
      const page = pageTexts.findIndex((text) =>
        text.split("\n").some((line) => line.includes(entry.title) && line.includes(entry.dates)),
      );
      expect(page, entry.title).toBeGreaterThanOrEqual(0);
      const after = pageTexts[page]?.slice(pageTexts[page]?.indexOf(entry.title)) ?? "";
      expect(after, entry.title).toContain(entry.subtitle);
      expect(after, entry.title).toContain(lastBullet);
    }
  });

  it("draws image proofs as annex figures and lists unreadable or undrawable files", async () => {
    const job = experience({ title: "Soudeur – Plzeň" });
    const files = new Map<string, Uint8Array>([
      [blobRef(1, "image/png").sha256, makePng(400, 300)],
      [blobRef(2, "image/png").sha256, makePng(300, 400, true)],
      [blobRef(3, "image/png").sha256, brokenPng()],
      [blobRef(4, "image/jpeg").sha256, new TextEncoder().encode("not a jpeg at all")],
    ]);
    const proofs = [
      proof({ title: "Certificat RGB", blob: blobRef(1, "image/png") }),
      proof({ title: "Certificat alpha", blob: blobRef(2, "image/png") }),
      proof({ title: "Photo déchirée", blob: blobRef(3, "image/png") }),
      proof({ title: "Faux JPEG", blob: blobRef(4, "image/jpeg") }),
      proof({ title: "Attestation PDF", blob: blobRef(5, "application/pdf") }),
      proof({ title: "Photo WebP", blob: blobRef(6, "image/webp") }),
      proof({ title: "Fichier absent", blob: blobRef(7, "image/png") }),
    ];
    const model = buildPortfolioDocument(
      { profile: null, experiences: [job], competencies: [], proofs },
      "fr",
    );
    const bytes = await renderPdf(model, {
      fonts,
      readBlob: async (sha256) => files.get(sha256) ?? null,
    });
    const path = pdfFile(bytes);
    expect(pdfInfo(path).get("Tagged")).toBe("yes");
    const text = pdfText(path).replace(/\s+/g, " ");
    const unreadable = "Ce fichier n'a pas pu être lu";
    /** The annex's text: from its title to the next annex. */
    const annexText = (title: string) => {
      const start = text.indexOf(title);
      const next = text.indexOf("Annexe ", start);
      return text.slice(start, next < 0 ? undefined : next);
    };
    expect(annexText("Certificat RGB")).not.toContain(unreadable);
    expect(annexText("Certificat alpha")).not.toContain(unreadable);
    expect(annexText("Photo déchirée")).toContain(unreadable);
    expect(annexText("Faux JPEG")).toContain(unreadable);
    expect(annexText("Fichier absent")).toContain(unreadable);
    // A PDF proof is drawn from its first page (pdf-pages.test.ts); this one's file is missing.
    expect(annexText("Attestation PDF")).toContain(unreadable);
    expect(annexText("Photo WebP")).toContain("Document WebP conservé dans le portfolio");
    // Two figures with alt text, one per drawn image.
    const raw = new TextDecoder("latin1").decode(bytes);
    expect(raw.match(/\/S \/Figure/g)).toHaveLength(2);
    expect(raw.match(/\/Subtype \/Image/g)?.length).toBeGreaterThanOrEqual(2);
  });
});
