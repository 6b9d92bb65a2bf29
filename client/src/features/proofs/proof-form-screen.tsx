import { Link } from "wouter";
import { useI18n } from "../../i18n/use-i18n";
import { useScreenTitle } from "../../ui/use-screen-title";
import { ProofForm } from "./proof-form";
import { useCompetencies, useExperiences, useProof } from "./use-portfolio";

export function NewProofScreen() {
  const { t } = useI18n();
  useScreenTitle(t("proofs.new.title"));
  const experiences = useExperiences();
  const competencies = useCompetencies();
  return (
    <section className="screen proofs" aria-labelledby="screen-title">
      <p className="back-link">
        <Link href="/">{t("proofs.detail.back")}</Link>
      </p>
      <h1 id="screen-title">{t("proofs.new.title")}</h1>
      {experiences && competencies ? (
        <ProofForm proof={null} experiences={experiences} competencies={competencies} />
      ) : (
        <p className="loading">{t("app.loading")}</p>
      )}
    </section>
  );
}

export function EditProofScreen({ id }: { id: string }) {
  const { t } = useI18n();
  useScreenTitle(t("proofs.edit.title"));
  const loaded = useProof(id);
  const experiences = useExperiences();
  const competencies = useCompetencies();
  const ready = loaded && experiences && competencies;
  return (
    <section className="screen proofs" aria-labelledby="screen-title">
      <p className="back-link">
        <Link href={`/${id}`}>{t("proofs.cancel")}</Link>
      </p>
      <h1 id="screen-title">{t("proofs.edit.title")}</h1>
      {!ready ? (
        <p className="loading">{t("app.loading")}</p>
      ) : loaded.proof ? (
        <ProofForm
          key={loaded.proof.id}
          proof={loaded.proof}
          experiences={experiences}
          competencies={competencies}
        />
      ) : (
        <p className="notice">{t("proofs.detail.notFound")}</p>
      )}
    </section>
  );
}
