import type { Cv } from "../../../../shared/schemas/cv";
import { type HideableField, hideableFields } from "../../../../shared/schemas/sharing";
import { useI18n } from "../../i18n/use-i18n";

export type PortfolioCounts = { experiences: number; competencies: number; proofs: number };

/** What the adviser will see and not see, in plain words, before the person agrees. */
export function ConsentSummary({
  adviser,
  until,
  hidden,
  cv,
  counts,
}: {
  adviser: string;
  until: string;
  hidden: readonly HideableField[];
  cv: Cv | null;
  counts: PortfolioCounts;
}) {
  const { t } = useI18n();
  const shown = hideableFields.filter((field) => !hidden.includes(field));
  const fieldName = (field: HideableField) => t(`sharing.field.${field}`).toLocaleLowerCase();
  return (
    <div className="consent-summary" data-testid="consent">
      <p className="consent-lead">{t("share.consent.sees", { adviser, date: until })}</p>
      <ul className="consent-list consent-sees">
        <li>{t("share.consent.profile")}</li>
        {shown.map((field) => (
          <li key={field}>{t("share.consent.field", { field: fieldName(field) })}</li>
        ))}
        <li>
          {cv
            ? t("share.consent.cv", {
                title: cv.title,
                experiences: cv.experienceIds.length,
                competencies: cv.competencyIds.length,
              })
            : t("share.consent.portfolio", counts)}
        </li>
        <li>{t("share.consent.future")}</li>
      </ul>
      <p className="consent-lead">{t("share.consent.notSees", { adviser })}</p>
      <ul className="consent-list consent-not-sees">
        {hidden.map((field) => (
          <li key={field}>{t("share.consent.field", { field: fieldName(field) })}</li>
        ))}
        {cv && <li>{t("share.consent.rest")}</li>}
        {hidden.length === 0 && !cv && <li>{t("share.consent.nothingHidden")}</li>}
      </ul>
      <p>{t("share.consent.comments")}</p>
      <p>{t("share.consent.log")}</p>
      <p>{t("share.consent.revoke")}</p>
    </div>
  );
}
