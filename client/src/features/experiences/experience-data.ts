import { useLiveQuery } from "dexie-react-hooks";
import { type Competency, competencySchema } from "../../../../shared/schemas/competency";
import {
  type Experience,
  type ExperienceFields,
  experienceSchema,
} from "../../../../shared/schemas/experience";
import { readRecords } from "../../db/portfolio";

export type ExperiencePortfolio = {
  experiences: Experience[];
  competencies: Competency[];
  /** Records on the device that could not be read (reported, never shown half-read). */
  unreadable: number;
};

/** The person's experiences and the competencies they can back, live from the device. */
export function useExperiencePortfolio(): ExperiencePortfolio | undefined {
  return useLiveQuery(async () => {
    const [experiences, competencies] = await Promise.all([
      readRecords("experience", experienceSchema),
      readRecords("competency", competencySchema),
    ]);
    return {
      experiences: experiences.records,
      competencies: competencies.records,
      unreadable: experiences.unreadable + competencies.unreadable,
    };
  });
}

/** The competencies whose evidence names this experience (links live on the competency). */
export const competenciesBackedBy = (competencies: readonly Competency[], experienceId: string) =>
  competencies.filter((competency) => competency.evidence.experienceIds.includes(experienceId));

/** The record's editable fields, without its sync columns. */
export function fieldsOf(experience: Experience): ExperienceFields {
  const {
    id: _id,
    ownerId: _owner,
    version: _version,
    deleted: _deleted,
    updatedAt: _at,
    ...fields
  } = experience;
  return fields;
}
