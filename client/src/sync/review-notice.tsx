import { useQuery } from "@tanstack/react-query";
import { useLiveQuery } from "dexie-react-hooks";
import { useState } from "react";
import { Link } from "wouter";
import { DELETED } from "../../../shared/sync/merge";
import { db } from "../db/database";
import { writeField } from "../db/portfolio";
import { errorMessage } from "../i18n/error-message";
import { useI18n } from "../i18n/use-i18n";
import { type Conflict, conflictsQueryOptions, useResolveConflict } from "./conflicts-api";
import { displayValue, fieldName, recordLabel, shortText } from "./record-label";
import { RefusedChange } from "./refused-change";
import "./review-notice.css";

const CLIENT_ID = "sync.clientId";

/**
 * Says at once, on every screen, when something this device sent did not make it: a change the
 * server refused, or a value of this device that lost to another device's. It names the record
 * and the field and offers the choice in place; the rest waits on the conflicts page.
 */
export default function ReviewNotice() {
  const { t } = useI18n();
  const refused = useLiveQuery(() => db.rejections.orderBy("id").toArray(), [], []);
  const clientId = useLiveQuery(async () => (await db.meta.get(CLIENT_ID))?.value ?? null, []);
  // The sync badge refreshes this list after each round; the notice only reads it.
  const conflicts = useQuery({ ...conflictsQueryOptions, enabled: false });
  const lost = (conflicts.data ?? []).filter(
    (conflict) => typeof clientId === "string" && conflict.losingClientId === clientId,
  );
  const total = refused.length + lost.length;
  const [first] = refused;
  const [firstLost] = lost;
  if (total === 0) return null;
  return (
    <section className="notice review-notice" aria-labelledby="review-notice-title">
      <p id="review-notice-title" className="notice-title" role="alert">
        {first ? t("review.refused.title", { count: refused.length }) : t("review.lost.title")}
      </p>
      {first ? (
        <RefusedChange key={first.id} entry={first} />
      ) : (
        firstLost && <LostChange key={firstLost.id} conflict={firstLost} />
      )}
      {total > 1 && (
        <p>
          <Link href="/conflicts">
            {t("review.more", { count: total - 1 })} · {t("review.seeAll")}
          </Link>
        </p>
      )}
    </section>
  );
}

function LostChange({ conflict }: { conflict: Conflict }) {
  const { t } = useI18n();
  const resolve = useResolveConflict();
  const [failure, setFailure] = useState<string | null>(null);
  const record = useLiveQuery(
    () => db[conflict.table].get(conflict.recordId),
    [conflict.table, conflict.recordId],
  );
  const label = shortText(recordLabel(conflict.table, record) ?? t("review.unknownRecord"));
  const table = t(`table.${conflict.table}`);

  const settle = async (reapply: boolean) => {
    setFailure(null);
    try {
      if (reapply)
        await writeField(conflict.table, conflict.recordId, conflict.field, conflict.losingValue);
      await resolve.mutateAsync(conflict.id);
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };

  if (conflict.field === DELETED || record?.deleted) {
    return <p>{t("review.lost.deleted", { table, label })}</p>;
  }
  const empty = t("conflicts.empty");
  return (
    <>
      <p>
        {t("review.lost.item", {
          table,
          label,
          field: fieldName(conflict.field, t),
          mine: shortText(displayValue(conflict.losingValue, empty)),
          theirs: shortText(displayValue(record?.[conflict.field] ?? conflict.winningValue, empty)),
        })}
      </p>
      <div className="review-actions">
        <button
          type="button"
          className="button"
          disabled={resolve.isPending || !record}
          onClick={() => settle(false)}
        >
          {t("review.keepOther")}
        </button>
        <button
          type="button"
          className="button button-quiet"
          disabled={resolve.isPending || !record}
          onClick={() => settle(true)}
        >
          {t("review.useMine")}
        </button>
      </div>
      {failure && (
        <p role="alert" className="form-error">
          {failure}
        </p>
      )}
    </>
  );
}
