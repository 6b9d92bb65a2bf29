import type { Competency } from "../../../../shared/schemas/competency";

/** How a competency is backed, strongest first: a document (proof), an experience, or nothing. */
export type Backing = "document" | "experience" | "declared";

/** The ids of the experiences and proofs that still exist on the device. */
export type LiveEvidence = { experienceIds: ReadonlySet<string>; proofIds: ReadonlySet<string> };

/** The competency's evidence that still exists: a link to a deleted experience backs nothing. */
export function liveEvidenceOf(competency: Pick<Competency, "evidence">, live: LiveEvidence) {
  return {
    experienceIds: competency.evidence.experienceIds.filter((id) => live.experienceIds.has(id)),
    proofIds: competency.evidence.proofIds.filter((id) => live.proofIds.has(id)),
  };
}

export function evidenceCount(competency: Pick<Competency, "evidence">, live: LiveEvidence) {
  const evidence = liveEvidenceOf(competency, live);
  return evidence.experienceIds.length + evidence.proofIds.length;
}

/** A document outranks an experience: it is something an employer can check. */
export function backingOf(competency: Pick<Competency, "evidence">, live: LiveEvidence): Backing {
  const evidence = liveEvidenceOf(competency, live);
  if (evidence.proofIds.length > 0) return "document";
  if (evidence.experienceIds.length > 0) return "experience";
  return "declared";
}

export type BackingSummary = { total: number } & Record<Backing, number>;

export function summariseBacking(
  competencies: readonly Pick<Competency, "evidence">[],
  live: LiveEvidence,
): BackingSummary {
  const summary: BackingSummary = { total: 0, document: 0, experience: 0, declared: 0 };
  for (const competency of competencies) {
    summary.total++;
    summary[backingOf(competency, live)]++;
  }
  return summary;
}
