import { competencySchema } from "../../../shared/schemas/competency";
import { proofSchema } from "../../../shared/schemas/proof";
import { db, type SkillfolioDatabase } from "./database";
import { readRecord, saveRecord } from "./portfolio";

const toggled = (ids: readonly string[], id: string, linked: boolean) =>
  linked ? (ids.includes(id) ? [...ids] : [...ids, id]) : ids.filter((existing) => existing !== id);

/**
 * Links (or unlinks) a piece of evidence to a competency. Links live in competency.evidence
 * only, so this works the same from the competency screen and from the experience or proof one.
 */
export async function linkEvidence(
  competencyId: string,
  evidence: { experienceId: string } | { proofId: string },
  linked: boolean,
  database: SkillfolioDatabase = db,
) {
  const competency = await readRecord("competency", competencySchema, competencyId, database);
  if (!competency || competency.deleted) throw new Error("No such competency");
  const {
    id: _id,
    ownerId: _owner,
    version: _version,
    deleted: _deleted,
    updatedAt: _at,
    ...fields
  } = competency;
  const next =
    "experienceId" in evidence
      ? {
          ...fields.evidence,
          experienceIds: toggled(fields.evidence.experienceIds, evidence.experienceId, linked),
        }
      : {
          ...fields.evidence,
          proofIds: toggled(fields.evidence.proofIds, evidence.proofId, linked),
        };
  await saveRecord("competency", competencyId, { ...fields, evidence: next }, database);
}

/** Links (or unlinks) a proof to the experience it comes from. */
export async function linkProofToExperience(
  proofId: string,
  experienceId: string,
  linked: boolean,
  database: SkillfolioDatabase = db,
) {
  const proof = await readRecord("proof", proofSchema, proofId, database);
  if (!proof || proof.deleted) throw new Error("No such proof");
  const {
    id: _id,
    ownerId: _owner,
    version: _version,
    deleted: _deleted,
    updatedAt: _at,
    ...fields
  } = proof;
  await saveRecord(
    "proof",
    proofId,
    { ...fields, experienceIds: toggled(fields.experienceIds, experienceId, linked) },
    database,
  );
}
