import { useState } from "react";
import { Link, useLocation } from "wouter";
import type { Competency } from "../../../../shared/schemas/competency";
import { RecordComments } from "../../comments/record-comments";
import { linkEvidence } from "../../db/links";
import { deleteRecord } from "../../db/portfolio";
import { useI18n } from "../../i18n/use-i18n";
import { FormMessage } from "../../ui/form-message";
import { useAnnounceDeletion } from "../../ui/undo-delete";
import { useScreenTitle } from "../../ui/use-screen-title";
import { backingOf } from "./backing";
import { BackingBadge } from "./backing-badge";
import { levelOf, schemeKey } from "./levels";
import type { CompetencyPortfolio } from "./portfolio-data";

type EvidenceItem = {
  kind: "experience" | "proof";
  id: string;
  title: string;
  detail: string;
  href: string;
  linked: boolean;
};

/** One competency: every field, what backs it (link, unlink), edit and delete with undo. */
export function CompetencyDetail({
  competency,
  portfolio,
}: {
  competency: Competency;
  portfolio: CompetencyPortfolio;
}) {
  const { t, locale } = useI18n();
  useScreenTitle(competency.label);
  const [, navigate] = useLocation();
  const announceDeletion = useAnnounceDeletion();
  const [failure, setFailure] = useState<string | null>(null);
  const level = levelOf(competency.category, competency.level, locale);
  const items: EvidenceItem[] = [
    ...portfolio.experiences.map((experience) => ({
      kind: "experience" as const,
      id: experience.id,
      title: experience.title,
      detail: experience.organisation,
      href: `~/experiences/${experience.id}`,
      linked: competency.evidence.experienceIds.includes(experience.id),
    })),
    ...portfolio.proofs.map((proof) => ({
      kind: "proof" as const,
      id: proof.id,
      title: proof.title,
      detail: proof.issuer,
      href: `~/proofs/${proof.id}`,
      linked: competency.evidence.proofIds.includes(proof.id),
    })),
  ];
  const linked = items.filter((item) => item.linked);
  const unlinked = items.filter((item) => !item.linked);

  const toggle = (item: EvidenceItem, on: boolean) => {
    setFailure(null);
    const evidence = item.kind === "experience" ? { experienceId: item.id } : { proofId: item.id };
    linkEvidence(competency.id, evidence, on).catch((error: unknown) => {
      console.error("Could not change the link", error);
      setFailure(t("competencies.error.saveFailed"));
    });
  };

  const remove = async () => {
    setFailure(null);
    try {
      await deleteRecord("competency", competency.id);
      announceDeletion({ id: competency.id, label: competency.label });
      navigate("/");
    } catch (error) {
      console.error("Could not delete the competency", error);
      setFailure(t("competencies.error.saveFailed"));
    }
  };

  return (
    <article className="screen competency-detail" aria-labelledby="screen-title">
      <p className="back-link">
        <Link href="/">{t("competencies.back")}</Link>
      </p>
      <h1 id="screen-title">{competency.label}</h1>
      <BackingBadge backing={backingOf(competency, portfolio.live)} />
      <FormMessage kind="error">{failure}</FormMessage>
      <dl className="facts card">
        <dt>{t("competencies.field.category")}</dt>
        <dd>{t(`competencies.category.${competency.category}`)}</dd>
        <dt>{t("competencies.field.level")}</dt>
        <dd data-testid="competency-level">
          {level ? (
            <>
              <strong>{level.label}</strong> — {level.description}
            </>
          ) : (
            t("competencies.level.notSet")
          )}
        </dd>
        <dt>{t("competencies.detail.source")}</dt>
        <dd>
          {competency.reference ? (
            <>
              {t(`reference.scheme.${schemeKey(competency.reference.scheme)}`)}{" "}
              <span className="competency-code">({competency.reference.code})</span>
            </>
          ) : (
            t("competencies.source.freeText")
          )}
        </dd>
        {competency.note && (
          <>
            <dt>{t("competencies.field.note")}</dt>
            <dd className="competency-note">{competency.note}</dd>
          </>
        )}
      </dl>

      <section className="card" aria-labelledby="evidence-title">
        <h2 id="evidence-title">{t("competencies.detail.evidence")}</h2>
        {linked.length === 0 ? (
          <p>{t("competencies.detail.noEvidence")}</p>
        ) : (
          <ul className="evidence-list">
            {linked.map((item) => (
              <li key={item.id} className="evidence-item">
                <span className="evidence-text">
                  <Link href={item.href}>{item.title}</Link>
                  <span className="evidence-kind">
                    {t(`competencies.evidence.kind.${item.kind}`)}
                    {item.detail && ` · ${item.detail}`}
                  </span>
                </span>
                <button
                  type="button"
                  className="button"
                  onClick={() => toggle(item, false)}
                  aria-label={t("competencies.detail.unlinkNamed", { title: item.title })}
                >
                  {t("competencies.detail.unlink")}
                </button>
              </li>
            ))}
          </ul>
        )}
        {unlinked.length > 0 && (
          <>
            <h3>{t("competencies.detail.linkMore")}</h3>
            <ul className="evidence-list">
              {unlinked.map((item) => (
                <li key={item.id} className="evidence-item">
                  <span className="evidence-text">
                    <span>{item.title}</span>
                    <span className="evidence-kind">
                      {t(`competencies.evidence.kind.${item.kind}`)}
                      {item.detail && ` · ${item.detail}`}
                    </span>
                  </span>
                  <button
                    type="button"
                    className="button"
                    onClick={() => toggle(item, true)}
                    aria-label={t("competencies.detail.linkNamed", { title: item.title })}
                  >
                    {t("competencies.detail.link")}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <RecordComments target={{ table: "competency", id: competency.id }} />

      <div className="form-actions">
        <Link href={`/${competency.id}/edit`} className="button button-primary">
          {t("competencies.detail.edit")}
        </Link>
        <button type="button" className="button button-danger" onClick={remove}>
          {t("competencies.detail.delete")}
        </button>
      </div>
    </article>
  );
}
