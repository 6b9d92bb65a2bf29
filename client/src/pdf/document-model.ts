import type { Locale } from "../../../shared/schemas/common";
import type { Competency } from "../../../shared/schemas/competency";
import type { CvTemplate } from "../../../shared/schemas/cv";
import type { Experience } from "../../../shared/schemas/experience";
import type { ProfileFields } from "../../../shared/schemas/profile";
import type { BlobRef, Proof } from "../../../shared/schemas/proof";

/**
 * The layout-neutral model of a CV or a portfolio: what is said, in which order, in which words.
 * The PDF renderer and the HTML preview both draw it, so they cannot disagree on content.
 */
export type DocumentModel = {
  kind: "cv" | "portfolio";
  /** The document title (PDF Title, shown by readers instead of the file name). */
  title: string;
  lang: Locale;
  template: CvTemplate;
  person: DocumentPerson;
  sections: DocumentSection[];
};

export type DocumentPerson = {
  name: string;
  headline: string;
  contact: string[];
  photo: DocumentImage | null;
};

export type DocumentImage = { blob: BlobRef; alt: string };

export type SectionKind =
  | "summary"
  | "experience"
  | "education"
  | "competencies"
  | "languages"
  | "evidence"
  | "annexes";

export type DocumentSection = { kind: SectionKind; heading: string; entries: DocumentEntry[] };

/** One block that is never split across pages. Every field may be empty. */
export type DocumentEntry = {
  /** The record (or category) it comes from: stable across renders. */
  key: string;
  title: string;
  subtitle: string;
  dates: string;
  /** Paragraphs. */
  lines: string[];
  bullets: string[];
  /** A proof's file, drawn as an annex figure when it is an image or a PDF (its first page). */
  annex?: DocumentImage;
};

/** The records a document is drawn from, as read from the device (deleted ones are skipped). */
export type PortfolioRecords = {
  profile: ProfileFields | null;
  /** The account's display name: the document's name while the profile has none. */
  accountName?: string;
  experiences: Experience[];
  competencies: Competency[];
  proofs: Proof[];
};
