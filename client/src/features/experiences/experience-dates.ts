import type { Locale, PartialDate } from "../../../../shared/schemas/common";

/**
 * A partial date as a reader expects it in their language, months abbreviated:
 * "2019", "sept. 2019", "15 sept. 2019" (English: "2019", "Sep 2019", "Sep 15, 2019").
 */
export function formatShortDate(locale: Locale, value: PartialDate): string {
  const [year, month, day] = value.split("-").map(Number);
  if (year === undefined) return value;
  if (month === undefined) return String(year);
  return new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    year: "numeric",
    month: "short",
    ...(day === undefined ? {} : { day: "numeric" }),
  }).format(new Date(Date.UTC(year, month - 1, day ?? 1)));
}

/** What a date range reads as: both ends, a start only (ongoing), an end only, or none. */
export type DateRange =
  | { kind: "range"; start: string; end: string }
  | { kind: "single"; date: string }
  | { kind: "since"; start: string }
  | { kind: "until"; end: string }
  | { kind: "undated" };

/** The parts of "2019 – 2021" / "depuis sept. 2021", formatted; the caller words them. */
export function dateRangeOf(
  locale: Locale,
  startDate: PartialDate | null,
  endDate: PartialDate | null,
): DateRange {
  if (startDate === null && endDate === null) return { kind: "undated" };
  if (endDate === null) return { kind: "since", start: formatShortDate(locale, startDate ?? "") };
  if (startDate === null) return { kind: "until", end: formatShortDate(locale, endDate) };
  if (startDate === endDate) return { kind: "single", date: formatShortDate(locale, startDate) };
  return {
    kind: "range",
    start: formatShortDate(locale, startDate),
    end: formatShortDate(locale, endDate),
  };
}

/**
 * Whether the end comes before the start, compared at the precision both give: "2019" does not
 * end before "2019-09" (the same year), "2019-05" does.
 */
export function endsBeforeStart(startDate: PartialDate | null, endDate: PartialDate | null) {
  if (startDate === null || endDate === null) return false;
  const length = Math.min(startDate.length, endDate.length);
  return endDate.slice(0, length) < startDate.slice(0, length);
}

/** The year a partial date falls in. */
export const yearOf = (value: PartialDate) => value.slice(0, 4);
