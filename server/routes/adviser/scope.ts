import { and, eq } from "drizzle-orm";
import {
  type Competency,
  type Cv,
  competencySchema,
  cvSchema,
  type Experience,
  experienceSchema,
  type HideableField,
  type Profile,
  type Proof,
  profileSchema,
  proofSchema,
} from "../../../shared/schemas/index";
import { cleanTextFields } from "../../../shared/schemas/text-fields";
import type { Db } from "../../db/connect";
import { competencies, cvs, experiences, profiles, proofs } from "../../db/schema";
import { type SyncedRow, wireRecord } from "../../sync/tables";
import { hiddenFieldsOf } from "../shares/shares.service";
import type { LiveShare } from "./live-share";

export type SharedRecords = {
  profile: Profile | null;
  experiences: Experience[];
  competencies: Competency[];
  proofs: Proof[];
  cvs: Cv[];
};

/**
 * A stored row in its wire shape; a row the entity schema refuses is left out, as a device would.
 * A row stored before the one text rule is shown with its text cleaned, as the person's device
 * shows it.
 */
function parseRows<T>(
  rows: SyncedRow[],
  schema: { safeParse: (value: unknown) => { success: boolean; data?: T } },
): T[] {
  return rows.flatMap((row) => {
    const record = wireRecord(row);
    const first = schema.safeParse(record);
    const parsed = first.success ? first : schema.safeParse(cleanTextFields(record).value);
    return parsed.success && parsed.data !== undefined ? [parsed.data] : [];
  });
}

const live = <T extends typeof experiences | typeof competencies | typeof proofs | typeof cvs>(
  table: T,
  ownerId: string,
) => and(eq(table.ownerId, ownerId), eq(table.deleted, false));

/**
 * What a share lets its adviser read, computed in one place for the portfolio view, the blobs and
 * the comment targets. Deleted records never appear. A CV share holds that CV, its selected
 * experiences and competencies, and the proofs backing them (linked to a selected experience or
 * named in a selected competency's evidence). Links to records outside the scope are cut, so not
 * even the id of something unshared leaks; hidden profile fields come back emptied.
 */
export async function recordsInScope(db: Db, share: LiveShare): Promise<SharedRecords> {
  const ownerId = share.ownerId;
  const [profileRows, experienceRows, competencyRows, proofRows, cvRows] = await Promise.all([
    db
      .select()
      .from(profiles)
      .where(and(eq(profiles.ownerId, ownerId), eq(profiles.deleted, false))),
    db.select().from(experiences).where(live(experiences, ownerId)),
    db.select().from(competencies).where(live(competencies, ownerId)),
    db.select().from(proofs).where(live(proofs, ownerId)),
    db.select().from(cvs).where(live(cvs, ownerId)),
  ]);
  let sharedExperiences = parseRows(experienceRows, experienceSchema);
  let sharedCompetencies = parseRows(competencyRows, competencySchema);
  let sharedProofs = parseRows(proofRows, proofSchema);
  let sharedCvs = parseRows(cvRows, cvSchema);

  if (share.scope === "cv") {
    sharedCvs = sharedCvs.filter((cv) => cv.id === share.cvId);
    const cv = sharedCvs[0];
    const experienceIds = cv?.experienceIds ?? [];
    const competencyIds = cv?.competencyIds ?? [];
    sharedExperiences = orderedBy(sharedExperiences, experienceIds);
    sharedCompetencies = orderedBy(sharedCompetencies, competencyIds);
    const selectedExperiences = new Set(experienceIds);
    const evidencedProofs = new Set(sharedCompetencies.flatMap((c) => c.evidence.proofIds));
    sharedProofs = sharedProofs.filter(
      (proof) =>
        evidencedProofs.has(proof.id) ||
        proof.experienceIds.some((id) => selectedExperiences.has(id)),
    );
  }

  const experienceIds = new Set(sharedExperiences.map((experience) => experience.id));
  const competencyIds = new Set(sharedCompetencies.map((competency) => competency.id));
  const proofIds = new Set(sharedProofs.map((proof) => proof.id));
  const within = (ids: string[], kept: Set<string>) => ids.filter((id) => kept.has(id));

  const [profile] = parseRows(profileRows, profileSchema);
  return {
    profile: profile ? hideFields(profile, hiddenFieldsOf(share)) : null,
    experiences: sharedExperiences,
    competencies: sharedCompetencies.map((competency) => ({
      ...competency,
      evidence: {
        experienceIds: within(competency.evidence.experienceIds, experienceIds),
        proofIds: within(competency.evidence.proofIds, proofIds),
      },
    })),
    proofs: sharedProofs.map((proof) => ({
      ...proof,
      experienceIds: within(proof.experienceIds, experienceIds),
    })),
    cvs: sharedCvs.map((cv) => ({
      ...cv,
      experienceIds: within(cv.experienceIds, experienceIds),
      competencyIds: within(cv.competencyIds, competencyIds),
    })),
  };
}

/** The records named by `ids`, in that order (a CV's order). */
function orderedBy<T extends { id: string }>(records: T[], ids: string[]): T[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.flatMap((id) => {
    const record = byId.get(id);
    return record ? [record] : [];
  });
}

function hideFields(profile: Profile, hidden: HideableField[]): Profile {
  const shown = { ...profile };
  for (const field of hidden) {
    if (field === "photo") shown.photo = null;
    if (field === "birthDate") shown.birthDate = null;
    if (field === "address") shown.address = "";
    if (field === "phone") shown.phone = "";
  }
  return shown;
}

/**
 * The files a share lets the adviser open, each with a short description for the access log:
 * the proofs in scope and the profile photo unless hidden.
 */
export function blobsInScope(records: SharedRecords): Map<string, string> {
  const files = new Map<string, string>();
  if (records.profile?.photo) files.set(records.profile.photo.sha256, "profile photo");
  for (const proof of records.proofs) files.set(proof.blob.sha256, `proof: ${proof.title}`);
  return files;
}

/** Latest change among the records in scope (ISO), for the caseload. */
export function scopeTimes(records: SharedRecords): string[] {
  return [
    ...(records.profile ? [records.profile.updatedAt] : []),
    ...records.experiences.map((record) => record.updatedAt),
    ...records.competencies.map((record) => record.updatedAt),
    ...records.proofs.map((record) => record.updatedAt),
    ...records.cvs.map((record) => record.updatedAt),
  ];
}
