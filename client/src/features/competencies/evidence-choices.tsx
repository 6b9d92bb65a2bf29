import type { CompetencyFields } from "../../../../shared/schemas/competency";
import { useI18n } from "../../i18n/use-i18n";
import type { CompetencyPortfolio } from "./portfolio-data";

type Evidence = CompetencyFields["evidence"];
type Props = {
  portfolio: CompetencyPortfolio;
  evidence: Evidence;
  error: string | undefined;
  onChange: (evidence: Evidence) => void;
};

const toggled = (ids: readonly string[], id: string, on: boolean) =>
  on
    ? [...ids.filter((existing) => existing !== id), id]
    : ids.filter((existing) => existing !== id);

/** Checkboxes of the person's experiences and proofs: what backs this competency. */
export function EvidenceChoices({ portfolio, evidence, error, onChange }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="choice-group">
      <legend>{t("competencies.field.evidence")}</legend>
      <p className="field-hint">{t("competencies.field.evidenceHint")}</p>
      {error && <p className="field-error">{error}</p>}
      <p className="choice-heading">{t("competencies.evidence.experiences")}</p>
      {portfolio.experiences.length === 0 && (
        <p className="field-hint">{t("competencies.evidence.noExperience")}</p>
      )}
      {portfolio.experiences.map((experience) => (
        <label key={experience.id} className="choice">
          <input
            type="checkbox"
            name="evidence"
            value={experience.id}
            checked={evidence.experienceIds.includes(experience.id)}
            onChange={(event) =>
              onChange({
                ...evidence,
                experienceIds: toggled(evidence.experienceIds, experience.id, event.target.checked),
              })
            }
          />
          <span className="choice-text">
            <span className="choice-label">{experience.title}</span>
            {experience.organisation && (
              <span className="choice-description">{experience.organisation}</span>
            )}
          </span>
        </label>
      ))}
      <p className="choice-heading">{t("competencies.evidence.proofs")}</p>
      {portfolio.proofs.length === 0 && (
        <p className="field-hint">{t("competencies.evidence.noProof")}</p>
      )}
      {portfolio.proofs.map((proof) => (
        <label key={proof.id} className="choice">
          <input
            type="checkbox"
            name="evidence"
            value={proof.id}
            checked={evidence.proofIds.includes(proof.id)}
            onChange={(event) =>
              onChange({
                ...evidence,
                proofIds: toggled(evidence.proofIds, proof.id, event.target.checked),
              })
            }
          />
          <span className="choice-text">
            <span className="choice-label">{proof.title}</span>
            {proof.issuer && <span className="choice-description">{proof.issuer}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
