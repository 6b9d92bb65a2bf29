import type { Competency } from "../../../shared/schemas/competency";
import type { Cv } from "../../../shared/schemas/cv";
import type { Experience } from "../../../shared/schemas/experience";
import type { Profile } from "../../../shared/schemas/profile";
import type { Proof } from "../../../shared/schemas/proof";
import { db, type SkillfolioDatabase } from "../db/database";
import { readRecord, readRecords, recordSchemas } from "../db/portfolio";
import { DexieReplicaStore } from "../db/replica-store";

/** Every live record of the signed-in person on this device, read through the shared schemas. */
export type PortfolioData = {
  profile: Profile | null;
  experiences: Experience[];
  competencies: Competency[];
  proofs: Proof[];
  cvs: Cv[];
};

export const emptyPortfolio: PortfolioData = {
  profile: null,
  experiences: [],
  competencies: [],
  proofs: [],
  cvs: [],
};

/** Reads the whole portfolio, each list by id (UUIDv7: by creation, to the millisecond). */
export async function readPortfolio(database: SkillfolioDatabase = db): Promise<PortfolioData> {
  const ownerId = await new DexieReplicaStore(database).ownerId();
  const [profile, experiences, competencies, proofs, cvs] = await Promise.all([
    readRecord("profile", recordSchemas.profile, ownerId, database),
    readRecords("experience", recordSchemas.experience, database),
    readRecords("competency", recordSchemas.competency, database),
    readRecords("proof", recordSchemas.proof, database),
    readRecords("cv", recordSchemas.cv, database),
  ]);
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return {
    profile: profile && !profile.deleted ? profile : null,
    experiences: experiences.records.sort(byId),
    competencies: competencies.records.sort(byId),
    proofs: proofs.records.sort(byId),
    cvs: cvs.records.sort(byId),
  };
}
