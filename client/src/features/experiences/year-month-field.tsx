import { useId } from "react";
import { useI18n } from "../../i18n/use-i18n";
import type { PartialDateParts } from "../../ui/partial-date-field";

const pad = (value: number) => String(value).padStart(2, "0");

/** A simple "year, and the month if you know it" picker for the guided entry (no day). */
export function YearMonthField({
  name,
  legend,
  error,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  error?: string | undefined;
  value: PartialDateParts;
  onChange: (value: PartialDateParts) => void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
  return (
    <fieldset className="year-month" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <div className="year-month-parts">
        <div className="field">
          <label htmlFor={`${id}-year`}>{t("experiences.field.year")}</label>
          <input
            id={`${id}-year`}
            name={`${name}Year`}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            aria-invalid={error ? true : undefined}
            value={value.year}
            onChange={(event) => onChange({ ...value, year: event.target.value, day: "" })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-month`}>{t("experiences.field.month")}</label>
          <select
            id={`${id}-month`}
            name={`${name}Month`}
            className="experience-select"
            value={value.month}
            onChange={(event) => onChange({ ...value, month: event.target.value, day: "" })}
          >
            <option value="">{t("experiences.field.notSaid")}</option>
            {Array.from({ length: 12 }, (_, index) => (
              <option key={pad(index + 1)} value={pad(index + 1)}>
                {monthName.format(new Date(Date.UTC(2000, index, 1)))}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
