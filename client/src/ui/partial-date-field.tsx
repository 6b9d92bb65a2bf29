import { useId } from "react";
import "./partial-date-field.css";
import { type PartialDate, partialDateSchema } from "../../../shared/schemas/common";
import type { Locale } from "../../../shared/schemas/index";

/** A partial date as typed: year, and optionally month and day ("" when not given). */
export type PartialDateParts = { year: string; month: string; day: string };

export const emptyDateParts: PartialDateParts = { year: "", month: "", day: "" };

export function partsOfDate(value: PartialDate | null): PartialDateParts {
  if (!value) return emptyDateParts;
  const [year = "", month = "", day = ""] = value.split("-");
  return { year, month, day };
}

/**
 * The date the parts make (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), null when all are empty, or
 * "invalid" (a day without a month, a month without a year, 31 February...).
 */
export function dateOfParts(parts: PartialDateParts): PartialDate | null | "invalid" {
  const year = parts.year.trim();
  if (year === "" && parts.month === "" && parts.day === "") return null;
  if (!/^\d{4}$/.test(year) || (parts.day !== "" && parts.month === "")) return "invalid";
  const value = [year, parts.month, parts.day].filter((part) => part !== "").join("-");
  if (!partialDateSchema.safeParse(value).success) return "invalid";
  if (parts.day !== "") {
    const date = new Date(Date.UTC(Number(year), Number(parts.month) - 1, Number(parts.day)));
    if (date.getUTCMonth() !== Number(parts.month) - 1) return "invalid";
  }
  return value;
}

/** A partial date for reading, in the person's language: "2019", "septembre 2019", "15 sept. 2019". */
export function formatPartialDate(locale: Locale, value: PartialDate): string {
  const [year, month, day] = value.split("-").map(Number);
  if (year === undefined || month === undefined) return value;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    year: "numeric",
    month: "long",
    ...(day === undefined ? {} : { day: "numeric" }),
  }).format(date);
}

const pad = (value: number) => String(value).padStart(2, "0");

type Labels = { legend: string; year: string; month: string; day: string; none: string };

/**
 * Year, month and day as the person remembers them: only the year is needed. Month names come
 * from Intl, in the person's language.
 */
export function PartialDateField({
  name,
  locale,
  labels,
  hint,
  error,
  value,
  onChange,
}: {
  name: string;
  locale: Locale;
  labels: Labels;
  hint?: string | undefined;
  error?: string | undefined;
  value: PartialDateParts;
  onChange: (value: PartialDateParts) => void;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
  const months = Array.from({ length: 12 }, (_, index) => ({
    value: pad(index + 1),
    label: monthName.format(new Date(Date.UTC(2000, index, 1))),
  }));
  return (
    <fieldset className="field partial-date" aria-describedby={describedBy}>
      <legend>{labels.legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <div className="partial-date-parts">
        <div className="partial-date-part">
          <label htmlFor={`${id}-year`}>{labels.year}</label>
          <input
            id={`${id}-year`}
            name={`${name}Year`}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            pattern="[0-9]{4}"
            aria-invalid={error ? true : undefined}
            value={value.year}
            onChange={(event) => onChange({ ...value, year: event.target.value })}
          />
        </div>
        <div className="partial-date-part">
          <label htmlFor={`${id}-month`}>{labels.month}</label>
          <select
            id={`${id}-month`}
            name={`${name}Month`}
            value={value.month}
            onChange={(event) => onChange({ ...value, month: event.target.value })}
          >
            <option value="">{labels.none}</option>
            {months.map((month) => (
              <option key={month.value} value={month.value}>
                {month.label}
              </option>
            ))}
          </select>
        </div>
        <div className="partial-date-part">
          <label htmlFor={`${id}-day`}>{labels.day}</label>
          <select
            id={`${id}-day`}
            name={`${name}Day`}
            value={value.day}
            onChange={(event) => onChange({ ...value, day: event.target.value })}
          >
            <option value="">{labels.none}</option>
            {Array.from({ length: 31 }, (_, index) => (
              <option key={pad(index + 1)} value={pad(index + 1)}>
                {index + 1}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
