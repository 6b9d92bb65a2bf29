import { useLiveQuery } from "dexie-react-hooks";
import { type Competency, competencySchema } from "../../../../shared/schemas/competency";
import { type Experience, experienceSchema } from "../../../../shared/schemas/experience";
import { type Proof, proofSchema } from "../../../../shared/schemas/proof";
import { readRecords } from "../../db/portfolio";
import type { LiveEvidence } from "./backing";

export type CompetencyPortfolio = {
  competencies: Competency[];
  experiences: Experience[];
  proofs: Proof[];
  live: LiveEvidence;
  /** Records on the device that could not be read (reported, never shown half-read). */
  unreadable: number;
};

/** Competencies and the experiences and proofs that can back them, live from the device. */
export function useCompetencyPortfolio(): CompetencyPortfolio | undefined {
  return useLiveQuery(async () => {
    const [competencies, experiences, proofs] = await Promise.all([
      readRecords("competency", competencySchema),
      readRecords("experience", experienceSchema),
      readRecords("proof", proofSchema),
    ]);
    return {
      competencies: competencies.records,
      experiences: experiences.records,
      proofs: proofs.records,
      live: {
        experienceIds: new Set(experiences.records.map((experience) => experience.id)),
        proofIds: new Set(proofs.records.map((proof) => proof.id)),
      },
      unreadable: competencies.unreadable + experiences.unreadable + proofs.unreadable,
    };
  });
}

/** The record's editable fields, without its sync columns. */
export function fieldsOf(competency: Competency) {
  const {
    id: _id,
    ownerId: _owner,
    version: _v,
    deleted: _d,
    updatedAt: _at,
    ...fields
  } = competency;
  return fields;
}
