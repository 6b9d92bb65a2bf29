import { useEffect, useRef } from "react";
import { useI18n } from "../../i18n/use-i18n";
import { type ImportPlan, type PlannedTable, planIsEmpty } from "../../portability/import-plan";
import { CleanedTexts } from "./cleaned-texts";

const tables: PlannedTable[] = ["experience", "competency", "proof", "cv"];

/** What an import would add, skip and could not read; nothing is written until Confirm. */
export function ImportPreview({
  plan,
  fileName,
  onConfirm,
  onCancel,
}: {
  plan: ImportPlan;
  fileName: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const empty = planIsEmpty(plan);
  const profileFields = Object.keys(plan.profile?.fields ?? {}).length;

  return (
    <section className="data-preview" aria-labelledby="data-preview-title">
      <h3 id="data-preview-title" ref={heading} tabIndex={-1}>
        {t("data.preview.title")}
      </h3>
      <p className="data-file-name">
        {t("data.preview.file", { file: fileName, source: t(`data.source.${plan.source}`) })}
      </p>
      {empty ? (
        <p className="notice">{t("data.preview.nothing")}</p>
      ) : (
        <>
          <h4>{t("data.preview.add")}</h4>
          <ul className="data-counts">
            {tables
              .filter((table) => plan.add[table].length > 0)
              .map((table) => (
                <li key={table}>
                  {t(`data.preview.add.${table}`, { count: plan.add[table].length })}
                </li>
              ))}
            {profileFields > 0 && <li>{t("data.preview.profile", { count: profileFields })}</li>}
          </ul>
        </>
      )}
      {plan.skipped.length > 0 && (
        <details className="data-details">
          <summary>{t("data.preview.skipped", { count: plan.skipped.length })}</summary>
          <ul>
            {plan.skipped.map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; two items may share a label
              <li key={index}>
                {t(`data.table.${item.table}`)} : {item.label}
              </li>
            ))}
          </ul>
        </details>
      )}
      {plan.unreadable.length > 0 && (
        <details className="data-details" open>
          <summary>{t("data.preview.unreadable", { count: plan.unreadable.length })}</summary>
          <ul>
            {plan.unreadable.map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; two items may share a label
              <li key={index}>
                {item.where} — {t(`data.unreadable.${item.reason}`)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <CleanedTexts cleaned={plan.cleaned} />
      <div className="data-choices">
        {!empty && (
          <button type="button" className="button button-primary" onClick={onConfirm}>
            {t("data.preview.confirm")}
          </button>
        )}
        <button type="button" className="button" onClick={onCancel}>
          {t("data.preview.cancel")}
        </button>
      </div>
    </section>
  );
}
