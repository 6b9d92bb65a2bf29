// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { hideableFields } from "../../../../shared/schemas/sharing";
import { buildCvDocument, buildPortfolioDocument } from "../../pdf/cv-document";
import { renderPdf } from "../../pdf/render-pdf";
import { makePng } from "../../pdf/testing/images";
import { nodeFonts, pdfFile, pdfInfo, pdfText } from "../../pdf/testing/poppler";
import { sharedCv, sharedRecords } from "./shared-pdf";
import {
  certificateBlob,
  photoBlob,
  privateValues,
  sharedPortfolio,
} from "./testing/shared-portfolio";

const fonts = nodeFonts();
const png = makePng(40, 30);

/** The shared portfolio's PDF as the adviser gets it, its text, and the files it asked for. */
async function adviserPdf(portfolio: ReturnType<typeof sharedPortfolio>) {
  const readBlob = vi.fn(async (sha256: string) =>
    sha256 === certificateBlob.sha256 || sha256 === photoBlob.sha256 ? png : null,
  );
  const records = sharedRecords(portfolio);
  const cv = sharedCv(portfolio);
  const model = cv ? buildCvDocument(cv, records) : buildPortfolioDocument(records, "fr");
  const path = pdfFile(await renderPdf(model, { fonts, readBlob }));
  const asked = readBlob.mock.calls.map(([sha256]) => sha256);
  return { path, text: pdfText(path).replace(/\s+/g, " "), asked };
}

describe("the adviser's PDF of a share", () => {
  it("shows the fields the person did not hide (the check can see them)", async () => {
    const { text, asked } = await adviserPdf(sharedPortfolio());
    expect(text).toContain(privateValues.phone);
    expect(text).toContain(privateValues.address);
    expect(asked).toContain(photoBlob.sha256);
  });

  it.each([
    ["as the server sends it", true],
    ["even from a copy that still holds them", false],
  ])("never prints a hidden photo, phone or address, %s", async (_, emptied) => {
    for (const scope of ["portfolio", "cv"] as const) {
      const portfolio = sharedPortfolio({ scope, hiddenFields: [...hideableFields], emptied });
      const { path, text, asked } = await adviserPdf(portfolio);
      expect(pdfInfo(path).get("Tagged")).toBe("yes");
      expect(text).toContain("Vendeuse en boulangerie");
      expect(text).not.toContain(privateValues.phone);
      expect(text).not.toContain(privateValues.address);
      expect(text).not.toContain("1999");
      expect(asked).not.toContain(photoBlob.sha256);
    }
    const records = sharedRecords(sharedPortfolio({ hiddenFields: [...hideableFields], emptied }));
    expect(records.profile).toMatchObject({ photo: null, birthDate: null, address: "", phone: "" });
  });

  it("renders a CV-scoped share as that CV, in its language", async () => {
    const { text } = await adviserPdf(sharedPortfolio({ scope: "cv" }));
    expect(text).toContain("Bakery sales assistant");
    expect(text).toContain("Experience");
    expect(text).not.toContain("CAP Boulanger");
  });
});
