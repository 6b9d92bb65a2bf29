import { uuidv7 } from "../../../shared/ids";
import type { CompetencyFields } from "../../../shared/schemas/competency";
import type { CvFields } from "../../../shared/schemas/cv";
import type { ExperienceFields } from "../../../shared/schemas/experience";
import type { ProfileFields } from "../../../shared/schemas/profile";
import type { ProofFields } from "../../../shared/schemas/proof";
import { fieldSchemas } from "../../../shared/sync/fields";
import { normaliseForSearch } from "../../../shared/taxonomy/normalise";
import type { CleanedText } from "./clean-record";
import type { ImportCandidates, ImportSource, UnreadableItem } from "./import-candidates";
import type { PortfolioData } from "./portfolio-data";

export type PlannedRecord<F> = { id: string; fields: F };
export type PlannedTable = "experience" | "competency" | "proof" | "cv";

/** What confirming an import will write, and what it leaves out. Nothing is written yet. */
export type ImportPlan = {
  source: ImportSource;
  add: {
    experience: PlannedRecord<ExperienceFields>[];
    competency: PlannedRecord<CompetencyFields>[];
    proof: (PlannedRecord<ProofFields> & { bytes: ArrayBuffer })[];
    cv: PlannedRecord<CvFields>[];
  };
  /** Already in the portfolio (or twice in the file): not added again. */
  skipped: { table: PlannedTable; label: string }[];
  /** Profile fields that are empty in the person's profile and that the file fills. */
  profile: { fields: Partial<ProfileFields>; photoBytes: ArrayBuffer | null } | null;
  unreadable: UnreadableItem[];
  /** Text changed to follow the one text rule (invisible or broken characters removed). */
  cleaned: CleanedText[];
};

const norm = (text: string) => normaliseForSearch(text);
export const experienceKey = (fields: ExperienceFields) =>
  [fields.kind, norm(fields.title), norm(fields.organisation), fields.startDate ?? ""].join("|");
const competencyKeys = (fields: CompetencyFields) => {
  const keys = [`label:${norm(fields.label)}`];
  if (fields.reference) keys.push(`ref:${fields.reference.scheme}:${fields.reference.code}`);
  return keys;
};
const cvKey = (fields: CvFields) => `${norm(fields.title)}|${fields.language}`;

/** Fields of a profile that count as empty, so an import may fill them. */
function isEmptyValue(value: unknown): boolean {
  return value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

/** The imported profile fields that would land in empty fields of `current`. */
export function profileFill(
  current: ProfileFields | null,
  imported: Partial<ProfileFields>,
): Partial<ProfileFields> {
  const fill: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(imported)) {
    if (name === "locale" && current) continue;
    if (isEmptyValue(value)) continue;
    const existing = current ? (current as Record<string, unknown>)[name] : undefined;
    if (existing === undefined || isEmptyValue(existing)) fill[name] = value;
  }
  return fill as Partial<ProfileFields>;
}

/**
 * Matches what a file holds against the portfolio and gives every new record a fresh id.
 *
 * Why remap: the file's ids belong to another account (or to no account at all), and ids are
 * keys on the server, so reusing them would collide or touch someone else's records. Each
 * candidate gets a new UUIDv7, or, when it repeats a record already here (same kind, title,
 * organisation and start; same competency label or reference code; same file hash; same CV
 * title), the id of that record. Every link (evidence, proof → experience, CV selections) then
 * goes through the same map, so links to a skipped duplicate point at the existing record, and
 * links to something the file did not hold are dropped.
 */
export function planImport(candidates: ImportCandidates, existing: PortfolioData): ImportPlan {
  const ids = new Map<string, string>();
  const skipped: ImportPlan["skipped"] = [];
  const unreadable = [...candidates.unreadable];
  const mapIds = (list: readonly string[]) => [
    ...new Set(list.flatMap((id) => (ids.has(id) ? [ids.get(id) as string] : []))),
  ];

  const experienceByKey = new Map(existing.experiences.map((e) => [experienceKey(e), e.id]));
  const experiences: PlannedRecord<ExperienceFields>[] = [];
  for (const { sourceId, fields } of candidates.experiences) {
    const key = experienceKey(fields);
    const known = experienceByKey.get(key);
    if (known) {
      ids.set(sourceId, known);
      skipped.push({ table: "experience", label: fields.title });
      continue;
    }
    const id = uuidv7();
    ids.set(sourceId, id);
    experienceByKey.set(key, id);
    experiences.push({ id, fields });
  }

  const proofByHash = new Map(existing.proofs.map((p) => [p.blob.sha256, p.id]));
  const proofs: ImportPlan["add"]["proof"] = [];
  for (const { sourceId, fields, bytes } of candidates.proofs) {
    const known = proofByHash.get(fields.blob.sha256);
    if (known) {
      ids.set(sourceId, known);
      skipped.push({ table: "proof", label: fields.title });
      continue;
    }
    const id = uuidv7();
    ids.set(sourceId, id);
    proofByHash.set(fields.blob.sha256, id);
    proofs.push({ id, fields: { ...fields, experienceIds: mapIds(fields.experienceIds) }, bytes });
  }

  const competencyByKey = new Map<string, string>();
  for (const competency of existing.competencies) {
    for (const key of competencyKeys(competency)) competencyByKey.set(key, competency.id);
  }
  const competencies: PlannedRecord<CompetencyFields>[] = [];
  for (const { sourceId, fields } of candidates.competencies) {
    const keys = competencyKeys(fields);
    const known = keys.map((key) => competencyByKey.get(key)).find((id) => id !== undefined);
    if (known) {
      ids.set(sourceId, known);
      skipped.push({ table: "competency", label: fields.label });
      continue;
    }
    const id = uuidv7();
    ids.set(sourceId, id);
    for (const key of keys) competencyByKey.set(key, id);
    const evidence = {
      experienceIds: mapIds(fields.evidence.experienceIds),
      proofIds: mapIds(fields.evidence.proofIds),
    };
    competencies.push({ id, fields: { ...fields, evidence } });
  }

  const cvKeys = new Set(existing.cvs.map((cv) => cvKey(cv)));
  const cvs: PlannedRecord<CvFields>[] = [];
  for (const { fields } of candidates.cvs) {
    const key = cvKey(fields);
    if (cvKeys.has(key)) {
      skipped.push({ table: "cv", label: fields.title });
      continue;
    }
    cvKeys.add(key);
    const selection = {
      experienceIds: mapIds(fields.experienceIds),
      competencyIds: mapIds(fields.competencyIds),
    };
    cvs.push({ id: uuidv7(), fields: { ...fields, ...selection } });
  }

  // Belt and braces: every record is checked again as it will be written.
  const valid = <T extends PlannedTable, R extends { fields: unknown }>(table: T, list: R[]) =>
    list.filter((record) => {
      if (fieldSchemas[table].safeParse(record.fields).success) return true;
      unreadable.push({ where: label(record.fields), reason: "invalid-record" });
      return false;
    });

  const profile = candidates.profile
    ? {
        fields: profileFill(existing.profile, candidates.profile.fields),
        photoBytes: candidates.profile.photoBytes,
      }
    : null;
  return {
    source: candidates.source,
    add: {
      experience: valid("experience", experiences),
      competency: valid("competency", competencies),
      proof: valid("proof", proofs),
      cv: valid("cv", cvs),
    },
    skipped,
    profile: profile && Object.keys(profile.fields).length > 0 ? profile : null,
    unreadable,
    cleaned: candidates.cleaned,
  };
}

function label(fields: unknown): string {
  if (fields && typeof fields === "object") {
    const record = fields as Record<string, unknown>;
    const text = record.title ?? record.label;
    if (typeof text === "string") return text;
  }
  return "?";
}

/** Whether confirming would write anything at all. */
export function planIsEmpty(plan: ImportPlan): boolean {
  return Object.values(plan.add).every((list) => list.length === 0) && plan.profile === null;
}
