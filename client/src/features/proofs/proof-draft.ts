import type { MessageKey, MessageParams } from "../../../../shared/i18n/index";
import type { Competency } from "../../../../shared/schemas/competency";
import {
  type BlobRef,
  type ProofFields,
  type ProofKind,
  proofFieldsSchema,
} from "../../../../shared/schemas/proof";
import { requestPersistenceOnce } from "../../blobs/device-storage";
import { type PreparedFile, saveWithFile } from "../../blobs/store-file";
import { db, type SkillfolioDatabase } from "../../db/database";
import { linkEvidence } from "../../db/links";
import { saveRecord } from "../../db/portfolio";
import { dateOfParts, type PartialDateParts } from "../../ui/partial-date-field";
import { type FieldErrors, lineError, textError } from "../../ui/validation";

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** What the proof form holds while the person types. */
export type ProofDraft = {
  title: string;
  kind: ProofKind;
  issuer: string;
  date: PartialDateParts;
  experienceIds: string[];
  competencyIds: string[];
};

export const proofFields = ["file", "title", "kind", "issuer", "date"] as const;
export type ProofField = (typeof proofFields)[number];

export const TITLE_MAX = 200;
export const ISSUER_MAX = 200;

/**
 * The record the draft makes, checked by the shared schema, or the problems to show next to
 * each field in the person's language.
 */
export function checkProofDraft(
  draft: ProofDraft,
  blob: BlobRef | null,
  t: Translate,
): { fields: ProofFields } | { errors: FieldErrors<ProofField> } {
  const errors: FieldErrors<ProofField> = {};
  if (!blob) errors.file = t("proofs.file.required");
  const title = lineError(draft.title, TITLE_MAX, t);
  if (title) errors.title = title;
  const date = dateOfParts(draft.date);
  if (date === "invalid") errors.date = t("proofs.date.invalid");
  if (blob === null || date === "invalid" || Object.keys(errors).length > 0) return { errors };

  const parsed = proofFieldsSchema.safeParse({
    title: draft.title,
    kind: draft.kind,
    issuer: draft.issuer,
    date,
    blob,
    experienceIds: draft.experienceIds,
  });
  if (parsed.success) return { fields: parsed.data };
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === "issuer") errors.issuer = textError(draft.issuer, "line", ISSUER_MAX, t);
    else if (field === "title") errors.title = textError(draft.title, "line", TITLE_MAX, t);
    else if (field === "date") errors.date = t("proofs.date.invalid");
    else if (field === "kind") errors.kind = t("field.invalid");
    else errors.file = t("field.invalid");
  }
  return { errors };
}

/**
 * Saves a proof, its new file and its competency links in one transaction: all of it, or nothing
 * (links to competencies live in competency.evidence, so each changed one is written too).
 */
export async function saveProof(
  {
    id,
    fields,
    competencyIds,
    competencies,
    file,
  }: {
    id: string | null;
    fields: ProofFields;
    competencyIds: readonly string[];
    competencies: readonly Competency[];
    file: PreparedFile | null;
  },
  database: SkillfolioDatabase = db,
): Promise<string> {
  const proofId = await saveWithFile(
    file,
    async () => {
      const saved = await saveRecord("proof", id, fields, database);
      for (const competency of competencies) {
        const wanted = competencyIds.includes(competency.id);
        if (wanted !== competency.evidence.proofIds.includes(saved)) {
          await linkEvidence(competency.id, { proofId: saved }, wanted, database);
        }
      }
      return saved;
    },
    database,
  );
  void requestPersistenceOnce(undefined, database);
  return proofId;
}

const cameraNames = /^(img|image|photo|pxl|dsc|dcim|scan|screenshot|capture)[\s\d-]*$/i;

/**
 * A title from a file name: no extension, separators as spaces, a capital first letter. Camera
 * names ("IMG_20240511_101010") say nothing, so they give an empty title to fill in.
 */
export function titleFromFileName(name: string): string {
  const base = name.replace(/\.[a-z0-9]{1,5}$/i, "");
  const words = base
    .replace(/[_.+]+/g, " ")
    .replace(/\s+-\s+|-{2,}/g, " ")
    .replace(/\s+/g, " ");
  const cleaned = words.trim();
  if (cleaned === "" || cameraNames.test(cleaned) || /^[\d\s-]+$/.test(cleaned)) return "";
  return (cleaned.charAt(0).toLocaleUpperCase() + cleaned.slice(1)).slice(0, TITLE_MAX);
}
