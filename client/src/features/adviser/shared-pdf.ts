import type { Locale } from "../../../../shared/schemas/common";
import type { Cv } from "../../../../shared/schemas/cv";
import type { SharedPortfolio } from "../../../../shared/schemas/sharing";
import type { PortfolioRecords } from "../../pdf/cv-document";
import { fileNameFor } from "../../ui/deliver-file";
import type { ExportProgress } from "../../ui/export-status";
import { readSharedBlob } from "./adviser-api";

/**
 * What the adviser's PDF may show. The server already empties the fields the person hid; they are
 * emptied here once more so that no copy of a portfolio, however it was kept, can print them.
 */
export function sharedRecords(portfolio: SharedPortfolio): PortfolioRecords {
  const hidden = new Set(portfolio.share.hiddenFields);
  const { profile } = portfolio;
  return {
    profile: profile && {
      ...profile,
      photo: hidden.has("photo") ? null : profile.photo,
      birthDate: hidden.has("birthDate") ? null : profile.birthDate,
      address: hidden.has("address") ? "" : profile.address,
      phone: hidden.has("phone") ? "" : profile.phone,
    },
    accountName: portfolio.owner.displayName,
    experiences: portfolio.experiences,
    competencies: portfolio.competencies,
    proofs: portfolio.proofs,
  };
}

/** The CV a CV-scoped share is about; null for a whole-portfolio share. */
export function sharedCv(portfolio: SharedPortfolio): Cv | null {
  if (portfolio.share.scope !== "cv") return null;
  return portfolio.cvs.find((cv) => cv.id === portfolio.share.cvId) ?? null;
}

/**
 * The shared CV in its own template and language, or the whole portfolio in the adviser's
 * language; files come through the adviser's blob route (pdfkit loads with the first export).
 */
export async function makeSharedPdf(
  shareId: string,
  portfolio: SharedPortfolio,
  locale: Locale,
  portfolioTitle: string,
  onProgress: (progress: ExportProgress) => void,
): Promise<File> {
  const { exportCvPdf, exportPortfolioPdf } = await import("../../pdf/export-pdf");
  const records = sharedRecords(portfolio);
  const options = {
    readBlob: (sha256: string) => readSharedBlob(shareId, sha256),
    onProgress: (done: number, total: number) => onProgress({ done, total }),
  };
  const cv = sharedCv(portfolio);
  const blob = cv
    ? await exportCvPdf(cv, records, options)
    : await exportPortfolioPdf(records, locale, options);
  const title = cv ? `${cv.title} ${portfolio.owner.displayName}` : portfolioTitle;
  return new File([blob], fileNameFor(title, "pdf"), { type: "application/pdf" });
}
