import { useLiveQuery } from "dexie-react-hooks";
import { db } from "../../db/database";
import { useI18n } from "../../i18n/use-i18n";
import { displayValue, shortText } from "../../sync/record-label";
import { RefusedChange } from "../../sync/refused-change";
import "../../sync/review-notice.css";

/** Every change of this device the server refused, with when, the refused value, fix and discard. */
export function RefusedChanges({ onDiscarded }: { onDiscarded: () => void }) {
  const { t, locale } = useI18n();
  const refused = useLiveQuery(() => db.rejections.orderBy("id").toArray(), []);
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section className="refused" aria-labelledby="refused-title">
      <h2 id="refused-title">{t("review.refused.section")}</h2>
      {refused?.length === 0 && <p>{t("review.refused.none")}</p>}
      <ul className="conflict-list">
        {refused?.map((entry) => (
          <li key={entry.id} className="conflict">
            <RefusedChange entry={entry} onDiscarded={onDiscarded} />
            <p className="conflict-origin">
              {t("review.refused.at", { date: format.format(new Date(entry.rejectedAt)) })}{" "}
              {Object.values(entry.changes)
                .map((value) =>
                  t("review.refused.value", {
                    value: shortText(displayValue(value, t("conflicts.empty")), 120),
                  }),
                )
                .join(" · ")}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
