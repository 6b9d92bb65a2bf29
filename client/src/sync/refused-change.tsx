import { useLiveQuery } from "dexie-react-hooks";
import { Link } from "wouter";
import { type Rejection, rejectionCodes } from "../../../shared/sync/protocol";
import { db, type RejectionEntry } from "../db/database";
import { discardRejection, refusedFields } from "../db/rejections";
import { useI18n } from "../i18n/use-i18n";
import { fieldName, recordLabel, shortText } from "./record-label";
import { fixPath } from "./use-refused-values";

/** The server's refusal code; an unknown one (a newer server's) reads as an invalid value. */
export function reasonCode(code: string): Rejection["code"] {
  return rejectionCodes.find((known) => known === code) ?? "invalid_changes";
}

/**
 * One change the server refused, in words (which record, which field, why), with the two ways
 * out: fix it in the record's form, or discard it and keep the server's version.
 */
export function RefusedChange({
  entry,
  onDiscarded,
}: {
  entry: RejectionEntry;
  onDiscarded?: () => void;
}) {
  const { t } = useI18n();
  const record = useLiveQuery(() => db[entry.table].get(entry.key), [entry.table, entry.key]);
  const label =
    recordLabel(entry.table, record) ??
    recordLabel(entry.table, entry.changes) ??
    t("review.unknownRecord");
  const fields = refusedFields(entry)
    .map((field) => fieldName(field, t))
    .join(", ");
  return (
    <>
      <p className="refused-change-text">
        {t("review.refused.item", {
          table: t(`table.${entry.table}`),
          label: shortText(label),
          fields,
          reason: t(`review.reason.${reasonCode(entry.code)}`),
        })}
      </p>
      <div className="review-actions">
        <Link href={fixPath(entry.table, entry.key)} className="button">
          {t("review.fix")}
          <span className="visually-hidden"> {shortText(label)}</span>
        </Link>
        <button
          type="button"
          className="button button-quiet"
          onClick={async () => {
            await discardRejection(entry.id);
            onDiscarded?.();
          }}
        >
          {t("review.discard")}
          <span className="visually-hidden"> {shortText(label)}</span>
        </button>
      </div>
    </>
  );
}
