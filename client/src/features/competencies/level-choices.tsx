import type { CompetencyCategory } from "../../../../shared/schemas/competency";
import { useI18n } from "../../i18n/use-i18n";
import { levelChoices } from "./levels";

type Props = {
  category: CompetencyCategory;
  level: number | null;
  error: string | undefined;
  onChange: (level: number | null) => void;
};

/** The self-assessed level as a radio group, each level with what it means in plain words. */
export function LevelChoices({ category, level, error, onChange }: Props) {
  const { t, locale } = useI18n();
  const choices = levelChoices(category, locale);
  const language = category === "language";
  return (
    <fieldset className="choice-group" aria-describedby={error ? "level-error" : "level-hint"}>
      <legend>
        {t(language ? "competencies.field.levelLanguage" : "competencies.field.level")}
      </legend>
      <p id="level-hint" className="field-hint">
        {t(language ? "competencies.field.levelLanguageHint" : "competencies.field.levelHint")}
      </p>
      {error && (
        <p id="level-error" className="field-error">
          {error}
        </p>
      )}
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input
            type="radio"
            name="level"
            value={choice.value}
            checked={level === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span className="choice-text">
            <span className="choice-label">{choice.label}</span>
            <span className="choice-description">{choice.description}</span>
          </span>
        </label>
      ))}
      <label className="choice">
        <input
          type="radio"
          name="level"
          value=""
          checked={level === null}
          onChange={() => onChange(null)}
        />
        <span className="choice-text">
          <span className="choice-label">{t("competencies.level.none")}</span>
        </span>
      </label>
    </fieldset>
  );
}
