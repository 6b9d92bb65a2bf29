import { isMessageKey } from "../../../../shared/i18n/index";
import { useI18n } from "../../i18n/use-i18n";
import type { CleanedText } from "../../portability/clean-record";

/**
 * The texts an import changed to follow the text rule, one line per field: the record, the field
 * (and line of a list), and what was removed, so nothing is altered without the person knowing.
 */
export function CleanedTexts({ cleaned }: { cleaned: readonly CleanedText[] }) {
  const { t } = useI18n();
  if (cleaned.length === 0) return null;
  const fieldName = (field: string) => {
    const key = `field.${field}`;
    return isMessageKey(key) ? t(key) : field;
  };
  return (
    <details className="data-details" open>
      <summary>{t("data.preview.cleaned", { count: cleaned.length })}</summary>
      <ul>
        {cleaned.map((item, index) => {
          const field =
            item.line === null
              ? fieldName(item.field)
              : t("data.cleaned.line", { field: fieldName(item.field), number: item.line });
          const removed = item.removed.reduce((sum, entry) => sum + entry.count, 0);
          const what = [
            removed > 0
              ? t("data.cleaned.removed", {
                  count: removed,
                  characters: item.removed.map((entry) => entry.codePoint).join(", "),
                })
              : null,
            item.spaced > 0 ? t("data.cleaned.spaced", { count: item.spaced }) : null,
          ].filter((part) => part !== null);
          const record = item.record ? ` « ${item.record} »` : "";
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; two items may be alike
            <li key={index}>
              {t(`data.table.${item.table}`)}
              {record} — {field} : {what.join(" ; ")}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
