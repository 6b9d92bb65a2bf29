import type { CommentTarget, SharedPortfolio } from "../../../../shared/schemas/sharing";
import { useI18n } from "../../i18n/use-i18n";
import { sharedBlobUrl } from "./adviser-api";

/** The shared records, read-only: profile (hidden fields absent), experiences, competencies, proofs. */
export function PortfolioView({
  shareId,
  portfolio,
  onComment,
}: {
  shareId: string;
  portfolio: SharedPortfolio;
  onComment: (target: CommentTarget) => void;
}) {
  const { t } = useI18n();
  const { experiences, competencies, proofs } = portfolio;
  const experienceTitles = new Map(experiences.map((item) => [item.id, item.title]));
  const proofTitles = new Map(proofs.map((item) => [item.id, item.title]));

  return (
    <div className="shared-records">
      <ProfileCard shareId={shareId} portfolio={portfolio} />

      <section aria-labelledby="shared-experiences">
        <h2 id="shared-experiences">{t("shared.experiences")}</h2>
        {experiences.length === 0 && <p>{t("shared.noExperiences")}</p>}
        <ul className="shared-list">
          {experiences.map((experience) => (
            <li key={experience.id} className="card shared-record">
              <div className="shared-record-head">
                <h3>{experience.title}</h3>
                <CommentButton
                  label={experience.title}
                  onClick={() => onComment({ table: "experience", id: experience.id })}
                />
              </div>
              <p className="shared-meta">
                {t(`experiences.kind.${experience.kind}`)}
                {experience.organisation && ` · ${experience.organisation}`}
                {experience.location && ` · ${experience.location}`}
                {(experience.startDate || experience.endDate) &&
                  ` · ${experience.startDate ?? "…"} – ${experience.endDate ?? t("shared.ongoing")}`}
              </p>
              {experience.description && <p className="shared-text">{experience.description}</p>}
              {experience.activities.length > 0 && (
                <ul className="shared-activities">
                  {experience.activities.map((activity, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list in saved order
                    <li key={index}>{activity}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="shared-competencies">
        <h2 id="shared-competencies">{t("shared.competencies")}</h2>
        {competencies.length === 0 && <p>{t("shared.noCompetencies")}</p>}
        <ul className="shared-list">
          {competencies.map((competency) => {
            const backing = [
              ...competency.evidence.experienceIds.flatMap((id) => experienceTitles.get(id) ?? []),
              ...competency.evidence.proofIds.flatMap((id) => proofTitles.get(id) ?? []),
            ];
            return (
              <li key={competency.id} className="card shared-record">
                <div className="shared-record-head">
                  <h3>{competency.label}</h3>
                  <CommentButton
                    label={competency.label}
                    onClick={() => onComment({ table: "competency", id: competency.id })}
                  />
                </div>
                <p className="shared-meta">
                  {t(`competencies.category.${competency.category}`)}
                  {competency.level !== null && ` · ${competency.level}`}
                </p>
                {competency.note && <p className="shared-text">{competency.note}</p>}
                <p className="shared-evidence">
                  {backing.length > 0
                    ? t("shared.evidence", { items: backing.join(", ") })
                    : t("shared.noEvidence")}
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="shared-proofs">
        <h2 id="shared-proofs">{t("shared.proofs")}</h2>
        {proofs.length === 0 && <p>{t("shared.noProofs")}</p>}
        <ul className="shared-proofs">
          {proofs.map((proof) => (
            <li key={proof.id}>
              <a
                href={sharedBlobUrl(shareId, proof.blob.sha256)}
                target="_blank"
                rel="noopener noreferrer"
                className="button"
              >
                {t("shared.openProof", { title: proof.title })}
              </a>
              <span className="shared-meta">
                {[proof.issuer, proof.date].filter(Boolean).join(" · ")}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function CommentButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="button button-small"
      aria-label={t("shared.commentOnLabel", { label })}
      onClick={onClick}
    >
      {t("shared.commentOn")}
    </button>
  );
}

function ProfileCard({ shareId, portfolio }: { shareId: string; portfolio: SharedPortfolio }) {
  const { t } = useI18n();
  const { profile, share, owner } = portfolio;
  const hidden = share.hiddenFields.map((field) => t(`sharing.field.${field}`));
  return (
    <section className="card shared-profile" aria-labelledby="shared-profile-title">
      <h2 id="shared-profile-title">{t("shared.profile")}</h2>
      {!profile ? (
        <p>{t("shared.noProfile")}</p>
      ) : (
        <div className="shared-profile-body">
          {profile.photo && !share.hiddenFields.includes("photo") && (
            <img
              className="shared-photo"
              src={sharedBlobUrl(shareId, profile.photo.sha256)}
              alt={t("shared.photoAlt", { name: owner.displayName })}
              width="96"
              height="96"
            />
          )}
          <dl className="facts">
            {profile.headline && (
              <Fact term={t("shared.field.headline")} value={profile.headline} />
            )}
            {profile.city && <Fact term={t("shared.field.city")} value={profile.city} />}
            {profile.email && <Fact term={t("shared.field.email")} value={profile.email} />}
            {profile.phone && <Fact term={t("shared.field.phone")} value={profile.phone} />}
            {profile.address && <Fact term={t("shared.field.address")} value={profile.address} />}
            {profile.birthDate && (
              <Fact term={t("shared.field.birthDate")} value={profile.birthDate} />
            )}
            {profile.languages.length > 0 && (
              <Fact
                term={t("shared.field.languages")}
                value={profile.languages
                  .map((language) => `${language.language} (${language.level})`)
                  .join(", ")}
              />
            )}
            {profile.summary && <Fact term={t("shared.field.summary")} value={profile.summary} />}
          </dl>
        </div>
      )}
      {hidden.length > 0 && (
        <p className="shared-hidden">{t("shared.hiddenByPerson", { fields: hidden.join(", ") })}</p>
      )}
    </section>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}
