import type { MessageKey, MessageParams } from "../../../../shared/i18n/index";
import type { Locale, PartialDate } from "../../../../shared/schemas/common";
import { dateRangeOf } from "./experience-dates";

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** "2019 – 2021", "depuis sept. 2021", "jusqu’en 2020", "Dates non précisées". */
export function describeDates(
  t: Translate,
  locale: Locale,
  startDate: PartialDate | null,
  endDate: PartialDate | null,
): string {
  const range = dateRangeOf(locale, startDate, endDate);
  switch (range.kind) {
    case "range":
      return t("experiences.dates.range", { start: range.start, end: range.end });
    case "single":
      return range.date;
    case "since":
      return t("experiences.dates.since", { start: range.start });
    case "until":
      return t("experiences.dates.until", { end: range.end });
    case "undated":
      return t("experiences.dates.undated");
  }
}
