import type { Competency, CompetencyReference } from "../../../../shared/schemas/competency";
import { normaliseForSearch } from "../../../../shared/taxonomy/normalise";

/**
 * The person's competency that the one being entered would repeat: same reference entry (scheme
 * and code), or the same label once accents, case and punctuation are set aside.
 */
export function findDuplicate(
  competencies: readonly Competency[],
  candidate: { label: string; reference: CompetencyReference | null },
  exceptId: string | null,
): Competency | undefined {
  const label = normaliseForSearch(candidate.label);
  const reference = candidate.reference;
  if (label === "" && !reference) return undefined;
  return competencies.find((competency) => {
    if (competency.id === exceptId) return false;
    if (
      reference &&
      competency.reference?.scheme === reference.scheme &&
      competency.reference.code === reference.code
    ) {
      return true;
    }
    return label !== "" && normaliseForSearch(competency.label) === label;
  });
}
