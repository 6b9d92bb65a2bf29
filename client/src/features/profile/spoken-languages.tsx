import { useI18n } from "../../i18n/use-i18n";
import {
  LANGUAGE_MAX,
  type LanguageLevel,
  languageLevels,
  type ProfileDraft,
} from "./profile-draft";

type Row = ProfileDraft["languages"][number];

/** The languages a person speaks, each with a CEFR level or "native"; rows added and removed. */
export function SpokenLanguages({
  rows,
  errors,
  onChange,
  onAdd,
  onRemove,
}: {
  rows: readonly Row[];
  errors: Record<string, string>;
  onChange: (key: string, change: Partial<Row>) => void;
  onAdd: () => void;
  onRemove: (key: string) => void;
}) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="profile-languages-title">
      <h2 id="profile-languages-title">{t("profile.languages")}</h2>
      {rows.length === 0 && <p className="field-hint">{t("profile.languages.none")}</p>}
      <ol className="language-rows">
        {rows.map((row, index) => {
          const number = index + 1;
          const error = errors[`language.${row.key}`];
          const errorId = `${row.key}-error`;
          return (
            <li key={row.key} className="language-row">
              <div className="field">
                <label htmlFor={`${row.key}-language`}>
                  {t("profile.languages.language", { number })}
                </label>
                {error && (
                  <p id={errorId} className="field-error">
                    {error}
                  </p>
                )}
                <input
                  id={`${row.key}-language`}
                  name={`language.${row.key}`}
                  maxLength={LANGUAGE_MAX}
                  autoComplete="off"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  value={row.language}
                  onChange={(event) => onChange(row.key, { language: event.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`${row.key}-level`}>{t("profile.languages.level")}</label>
                <select
                  id={`${row.key}-level`}
                  value={row.level}
                  onChange={(event) => {
                    const level = languageLevels.find((option) => option === event.target.value);
                    if (level) onChange(row.key, { level: level satisfies LanguageLevel });
                  }}
                >
                  {languageLevels.map((level) => (
                    <option key={level} value={level}>
                      {t(`profile.level.${level}`)}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className="button button-danger language-remove"
                onClick={() => onRemove(row.key)}
              >
                {t("profile.languages.remove", { number })}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" onClick={onAdd}>
        {t("profile.languages.add")}
      </button>
    </section>
  );
}
