import type { DocumentLabels } from "./labels";

/** `2019` → "2019", `2019-09` → "sept. 2019", `2019-09-15` → "15 sept. 2019" (months in the labels). */
export function formatPartialDate(date: string, labels: DocumentLabels): string {
  const [year, month, day] = date.split("-");
  const monthName = month ? labels.months[Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/**
 * A period as a CV prints it: "sept. 2019 – aujourd'hui" when it has no end (ongoing), one date when
 * both ends are the same, and nothing when neither end is known.
 */
export function formatPeriod(
  start: string | null,
  end: string | null,
  labels: DocumentLabels,
): string {
  if (start === null) return end === null ? "" : formatPartialDate(end, labels);
  const from = formatPartialDate(start, labels);
  if (end === null) return `${from} – ${labels.present}`;
  if (end === start) return from;
  return `${from} – ${formatPartialDate(end, labels)}`;
}
