import { Link } from "wouter";
import type { Competency } from "../../../../shared/schemas/competency";
import type { Proof } from "../../../../shared/schemas/proof";
import { useI18n } from "../../i18n/use-i18n";
import { formatPartialDate } from "../../ui/partial-date-field";
import { useScreenTitle } from "../../ui/use-screen-title";
import { ProofThumbnail } from "./proof-thumbnail";
import { useCompetencies, useExperiences, useProofs } from "./use-portfolio";

export function ProofListScreen() {
  const { t } = useI18n();
  useScreenTitle(t("proofs.title"));
  const proofs = useProofs();
  const experiences = useExperiences();
  const competencies = useCompetencies();
  const experienceIds = new Set(experiences?.map((experience) => experience.id));

  return (
    <section className="screen proofs" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t("proofs.title")}
      </h1>
      <p className="lead">{t("proofs.intro")}</p>
      {proofs && proofs.unreadable > 0 && (
        <p className="notice">{t("proofs.unreadable", { count: proofs.unreadable })}</p>
      )}
      {proofs === undefined ? (
        <p className="loading">{t("app.loading")}</p>
      ) : proofs.proofs.length === 0 ? (
        <div className="notice proofs-empty">
          <h2 className="notice-title">{t("proofs.empty.title")}</h2>
          <p>{t("proofs.empty.body")}</p>
        </div>
      ) : (
        <ul className="proof-list">
          {proofs.proofs.map((proof) => (
            <li key={proof.id}>
              <ProofCard
                proof={proof}
                experienceCount={proof.experienceIds.filter((id) => experienceIds.has(id)).length}
                competencyCount={backedCompetencies(competencies ?? [], proof.id)}
              />
            </li>
          ))}
        </ul>
      )}
      <div className="proofs-add">
        <Link href="/new" className="button button-primary">
          {t("proofs.add")}
        </Link>
      </div>
    </section>
  );
}

const backedCompetencies = (competencies: readonly Competency[], proofId: string) =>
  competencies.filter((competency) => competency.evidence.proofIds.includes(proofId)).length;

function ProofCard({
  proof,
  experienceCount,
  competencyCount,
}: {
  proof: Proof;
  experienceCount: number;
  competencyCount: number;
}) {
  const { t, locale } = useI18n();
  const facts = [
    t(`proofs.kind.${proof.kind}`),
    proof.issuer,
    proof.date ? formatPartialDate(locale, proof.date) : "",
  ].filter((fact) => fact !== "");
  return (
    <Link href={`/${proof.id}`} className="proof-card">
      <ProofThumbnail blob={proof.blob} pdfLabel={t("proofs.pdf")} />
      <span className="proof-card-text">
        <span className="proof-card-title">{proof.title}</span>
        <span className="proof-card-facts">{facts.join(" · ")}</span>
        <span className="proof-card-links">
          {experienceCount + competencyCount === 0
            ? t("proofs.count.none")
            : [
                experienceCount > 0 && t("proofs.count.experiences", { count: experienceCount }),
                competencyCount > 0 && t("proofs.count.competencies", { count: competencyCount }),
              ]
                .filter(Boolean)
                .join(" · ")}
        </span>
      </span>
    </Link>
  );
}
