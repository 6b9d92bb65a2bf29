import type { z } from "zod/mini";
import type { CompetencyFields } from "../../../shared/schemas/competency";
import type { CvFields } from "../../../shared/schemas/cv";
import type { ExperienceFields } from "../../../shared/schemas/experience";
import type { ProfileFields } from "../../../shared/schemas/profile";
import type { ProofFields } from "../../../shared/schemas/proof";
import type { TextCleaning } from "../../../shared/schemas/text";

/** What cleaning changed in one field of one imported record (nothing is reported for NFC alone). */
export type CleanedText = {
  table: "profile" | "experience" | "competency" | "proof" | "cv";
  /** The record's title, label or name once cleaned, for the preview. */
  record: string;
  /** The top-level field, and the line's number (from 1) in a list of lines. */
  field: string;
  line: number | null;
  removed: TextCleaning["removed"];
  spaced: number;
};

export type ImportSource = "skillfolio" | "json-resume" | "linkedin";

/** Why one item of an otherwise readable file was left out; messages in data.ts. */
export type UnreadableReason =
  | "invalid-record"
  | "file-missing"
  | "file-mismatch"
  | "file-wrong-type"
  | "missing-title";

/** An item that could not be read: where it was (file, line or title) and why. */
export type UnreadableItem = { where: string; reason: UnreadableReason };

/**
 * One record read from a file, not yet matched against the portfolio. `sourceId` is its id in
 * the file (or a made-up one): links between candidates use it until fresh ids are given.
 */
export type Candidate<F> = { sourceId: string; fields: F };
export type ProofCandidate = Candidate<ProofFields> & { bytes: ArrayBuffer };

export type ImportCandidates = {
  source: ImportSource;
  /** Profile fields found in the file; only the empty ones of the person's profile get them. */
  profile: { fields: Partial<ProfileFields>; photoBytes: ArrayBuffer | null } | null;
  experiences: Candidate<ExperienceFields>[];
  competencies: Candidate<CompetencyFields>[];
  proofs: ProofCandidate[];
  cvs: Candidate<CvFields>[];
  unreadable: UnreadableItem[];
  /** Text the import changed to follow the one text rule, field by field. */
  cleaned: CleanedText[];
};

export const noCandidates = (source: ImportSource): ImportCandidates => ({
  source,
  profile: null,
  experiences: [],
  competencies: [],
  proofs: [],
  cvs: [],
  unreadable: [],
  cleaned: [],
});

/** A first line of an issue, kept short for the preview. */
export function where(label: string): string {
  const line = label.replace(/\s+/g, " ").trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

/** Parses with a schema, giving the data or null (the caller lists the item as unreadable). */
export function parsed<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> | null {
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}
