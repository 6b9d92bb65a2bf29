import { SHARE_DEFAULT_MONTHS, SHARE_MAX_MONTHS } from "../../../../shared/schemas/sharing";

/** A calendar date as `<input type="date">` speaks it (YYYY-MM-DD, local). */
export function dateInputValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setMonth(result.getMonth() + months);
  return result;
}

/** The choices of the expiry field, from `today`: default, earliest and latest dates. */
export function expiryBounds(today: Date) {
  const tomorrow = new Date(today);
  tomorrow.setDate(tomorrow.getDate() + 1);
  return {
    defaultDate: dateInputValue(addMonths(today, SHARE_DEFAULT_MONTHS)),
    min: dateInputValue(tomorrow),
    max: dateInputValue(addMonths(today, SHARE_MAX_MONTHS)),
  };
}

/** The server refuses an expiry more than 366 days away; a minute of margin for the request. */
const MAX_AHEAD_MS = 366 * 24 * 60 * 60 * 1000 - 60_000;

/**
 * The share ends at the end of the chosen day (the person reads "until 3 March included"),
 * kept within the server's limit of 366 days from now.
 */
export function expiresAtFor(day: string, now: Date): string {
  const [year, month, date] = day.split("-").map(Number);
  const end = new Date(year ?? 0, (month ?? 1) - 1, date ?? 1, 23, 59, 59);
  return new Date(Math.min(end.getTime(), now.getTime() + MAX_AHEAD_MS)).toISOString();
}

/** `past` or `too-far` when the day cannot be chosen, else null. */
export function expiryProblem(day: string, today: Date): "required" | "past" | "too-far" | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return "required";
  const { min, max } = expiryBounds(today);
  if (day < min) return "past";
  if (day > max) return "too-far";
  return null;
}
