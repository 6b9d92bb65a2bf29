import { useLiveQuery } from "dexie-react-hooks";
import { useMemo } from "react";
import { type Competency, competencySchema } from "../../../../shared/schemas/competency";
import { type Cv, cvSchema } from "../../../../shared/schemas/cv";
import { type Experience, experienceSchema } from "../../../../shared/schemas/experience";
import { type Profile, profileSchema } from "../../../../shared/schemas/profile";
import { type Proof, proofSchema } from "../../../../shared/schemas/proof";
import { readRecords } from "../../db/portfolio";
import { useMe } from "../../session/me";

/** Everything a CV is drawn from, live from the device. */
export type CvPortfolio = {
  cvs: Cv[];
  profile: Profile | null;
  /** The account's display name, for a document whose profile has no name yet. */
  accountName: string;
  experiences: Experience[];
  competencies: Competency[];
  proofs: Proof[];
};

export function useCvPortfolio(): CvPortfolio | undefined {
  const accountName = useMe().data?.displayName ?? "";
  const records = useLiveQuery(async () => {
    const [cvs, profiles, experiences, competencies, proofs] = await Promise.all([
      readRecords("cv", cvSchema),
      readRecords("profile", profileSchema),
      readRecords("experience", experienceSchema),
      readRecords("competency", competencySchema),
      readRecords("proof", proofSchema),
    ]);
    return {
      // UUIDv7 ids sort by creation: the newest CV first.
      cvs: cvs.records.sort((a, b) => b.id.localeCompare(a.id)),
      profile: profiles.records[0] ?? null,
      experiences: byRecency(experiences.records),
      competencies: competencies.records.sort((a, b) => a.label.localeCompare(b.label)),
      proofs: proofs.records,
    };
  });
  return useMemo(() => records && { ...records, accountName }, [records, accountName]);
}

/** Latest first: ongoing ones, then by end date, then by start date. */
export function byRecency(experiences: Experience[]): Experience[] {
  const key = (experience: Experience) =>
    `${experience.endDate === null ? "9999" : experience.endDate}|${experience.startDate ?? ""}`;
  return [...experiences].sort((a, b) => key(b).localeCompare(key(a)));
}
