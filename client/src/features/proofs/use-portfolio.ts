import { useLiveQuery } from "dexie-react-hooks";
import { competencySchema } from "../../../../shared/schemas/competency";
import { experienceSchema } from "../../../../shared/schemas/experience";
import { proofSchema } from "../../../../shared/schemas/proof";
import { readRecord, readRecords } from "../../db/portfolio";

/** The person's proofs, newest first (ids are UUIDv7, so they sort by creation), live. */
export function useProofs() {
  return useLiveQuery(async () => {
    const { records, unreadable } = await readRecords("proof", proofSchema);
    return { proofs: records.sort((a, b) => b.id.localeCompare(a.id)), unreadable };
  });
}

/** One proof, live; `proof` is undefined when it does not exist or was deleted. */
export function useProof(id: string) {
  return useLiveQuery(async () => {
    const proof = await readRecord("proof", proofSchema, id);
    return { proof: proof && !proof.deleted ? proof : undefined };
  }, [id]);
}

export function useExperiences() {
  return useLiveQuery(async () => {
    const { records } = await readRecords("experience", experienceSchema);
    return records.sort((a, b) => (b.startDate ?? "").localeCompare(a.startDate ?? ""));
  });
}

export function useCompetencies() {
  return useLiveQuery(async () => {
    const { records } = await readRecords("competency", competencySchema);
    return records.sort((a, b) => a.label.localeCompare(b.label));
  });
}
