import { useState } from "react";
import { Link } from "wouter";
import type { Proof } from "../../../../shared/schemas/proof";
import { formatFileSize } from "../../blobs/file-size";
import { useBlobUrl } from "../../blobs/use-blob-url";
import { deleteRecord } from "../../db/portfolio";
import { useI18n } from "../../i18n/use-i18n";
import { FormMessage } from "../../ui/form-message";
import { formatPartialDate } from "../../ui/partial-date-field";
import { useScreenTitle } from "../../ui/use-screen-title";
import { DocumentIcon } from "./proof-thumbnail";
import { useCompetencies, useExperiences, useProof } from "./use-portfolio";

/** A proof in full: the document itself, what it is, and what it is linked to. */
export function ProofDetailScreen({
  id,
  onDeleted,
}: {
  id: string;
  onDeleted: (proof: Proof) => void;
}) {
  const { t } = useI18n();
  const loaded = useProof(id);
  const proof = loaded?.proof;
  useScreenTitle(proof?.title ?? t("proofs.title"));

  if (loaded === undefined) return <p className="loading">{t("app.loading")}</p>;
  if (!proof) {
    return (
      <section className="screen" aria-labelledby="screen-title">
        <h1 id="screen-title">{t("proofs.title")}</h1>
        <p className="notice">{t("proofs.detail.notFound")}</p>
        <Link href="/">{t("proofs.detail.back")}</Link>
      </section>
    );
  }
  return <ProofDetail proof={proof} onDeleted={onDeleted} />;
}

function ProofDetail({ proof, onDeleted }: { proof: Proof; onDeleted: (proof: Proof) => void }) {
  const { t, locale } = useI18n();
  const experiences = useExperiences() ?? [];
  const competencies = useCompetencies() ?? [];
  const [deleteFailed, setDeleteFailed] = useState(false);
  const linkedExperiences = experiences.filter((item) => proof.experienceIds.includes(item.id));
  const backed = competencies.filter((item) => item.evidence.proofIds.includes(proof.id));

  const remove = () => {
    setDeleteFailed(false);
    deleteRecord("proof", proof.id).then(
      () => onDeleted(proof),
      (error: unknown) => {
        console.error("[skillfolio] could not delete a proof", error);
        setDeleteFailed(true);
      },
    );
  };

  return (
    <article className="screen proof-detail" aria-labelledby="screen-title">
      <p className="back-link">
        <Link href="/">{t("proofs.detail.back")}</Link>
      </p>
      <h1 id="screen-title">{proof.title}</h1>
      <ProofDocument proof={proof} />

      <section className="card" aria-labelledby="proof-facts-title">
        <h2 id="proof-facts-title">{t("proofs.detail.facts")}</h2>
        <dl className="facts">
          <dt>{t("proofs.detail.kind")}</dt>
          <dd>{t(`proofs.kind.${proof.kind}`)}</dd>
          {proof.issuer && (
            <>
              <dt>{t("proofs.detail.issuer")}</dt>
              <dd>{proof.issuer}</dd>
            </>
          )}
          {proof.date && (
            <>
              <dt>{t("proofs.detail.date")}</dt>
              <dd>{formatPartialDate(locale, proof.date)}</dd>
            </>
          )}
          <dt>{t("proofs.detail.size")}</dt>
          <dd>
            {proof.blob.mime === "application/pdf" ? "PDF" : proof.blob.mime.slice(6).toUpperCase()}
            {", "}
            {formatFileSize(locale, proof.blob.size)}
          </dd>
        </dl>
      </section>

      <section className="card" aria-labelledby="proof-links-title">
        <h2 id="proof-links-title">{t("proofs.detail.links")}</h2>
        {linkedExperiences.length === 0 && backed.length === 0 && (
          <p>{t("proofs.detail.noLinks")}</p>
        )}
        {linkedExperiences.length > 0 && (
          <>
            <h3>{t("proofs.detail.experiences")}</h3>
            <ul className="link-list">
              {linkedExperiences.map((experience) => (
                <li key={experience.id}>
                  <Link href={`~/experiences/${experience.id}`}>{experience.title}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
        {backed.length > 0 && (
          <>
            <h3>{t("proofs.detail.competencies")}</h3>
            <ul className="link-list">
              {backed.map((competency) => (
                <li key={competency.id}>
                  <Link href={`~/competencies/${competency.id}`}>{competency.label}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <FormMessage kind="error">{deleteFailed ? t("proofs.saveFailed") : null}</FormMessage>
      <div className="form-actions">
        <Link href={`/${proof.id}/edit`} className="button button-primary">
          {t("proofs.edit")}
        </Link>
        <button type="button" className="button button-danger" onClick={remove}>
          {t("proofs.delete")}
        </button>
      </div>
    </article>
  );
}

/** The document at full size; a PDF opens in the browser's viewer (the CSP forbids embedding). */
function ProofDocument({ proof }: { proof: Proof }) {
  const { t } = useI18n();
  const file = useBlobUrl(proof.blob.sha256);
  if (file.status === "loading") return <div className="proof-document proof-document-empty" />;
  if (file.status === "missing") {
    return (
      <div className="proof-document proof-document-empty">
        <DocumentIcon />
        <p>{t("proofs.notHereYet")}</p>
      </div>
    );
  }
  const extension = proof.blob.mime === "application/pdf" ? "pdf" : proof.blob.mime.slice(6);
  const download = (
    <a className="button" href={file.url} download={`${proof.title}.${extension}`}>
      {t("proofs.detail.download")}
    </a>
  );
  if (proof.blob.mime === "application/pdf") {
    return (
      <div className="proof-document proof-document-pdf">
        <DocumentIcon />
        <p>{t("proofs.pdf")}</p>
        <div className="form-actions">
          <a className="button button-primary" href={file.url} target="_blank" rel="noopener">
            {t("proofs.detail.openPdf")}
          </a>
          {download}
        </div>
      </div>
    );
  }
  return (
    <div className="proof-document">
      <img src={file.url} alt={proof.title} data-testid="proof-image" />
      <div className="form-actions">{download}</div>
    </div>
  );
}
