import { useId } from "react";
import { competencyCategories } from "../../../../shared/schemas/competency";
import type { CommentTarget, SharedPortfolio } from "../../../../shared/schemas/sharing";
import { useI18n } from "../../i18n/use-i18n";

type Records = {
  experiences: SharedPortfolio["experiences"];
  competencies: SharedPortfolio["competencies"];
};

/** The shared experiences and competencies as `<option>`s, valued `table:id`. */
export function RecordOptions({ experiences, competencies }: Records) {
  const { t } = useI18n();
  return (
    <>
      {experiences.length > 0 && (
        <optgroup label={t("shared.experiences")}>
          {experiences.map((experience) => (
            <option key={experience.id} value={`experience:${experience.id}`}>
              {experience.title}
            </option>
          ))}
        </optgroup>
      )}
      {competencies.length > 0 && (
        <optgroup label={t("shared.competencies")}>
          {competencies.map((competency) => (
            <option key={competency.id} value={`competency:${competency.id}`}>
              {competency.label}
            </option>
          ))}
        </optgroup>
      )}
    </>
  );
}

/** A suggestion to back a competency with an experience: which experience, which competency. */
export function LinkCompetencyFields({
  experiences,
  competencies,
  target,
}: Records & { target: CommentTarget | null }) {
  const { t } = useI18n();
  return (
    <>
      <Select
        name="experienceId"
        label={t("adviserComments.experience")}
        initial={target?.table === "experience" ? target.id : ""}
        placeholder={t("adviserComments.choose")}
        options={experiences.map((item) => [item.id, item.title])}
      />
      <Select
        name="competencyId"
        label={t("adviserComments.competency")}
        initial={target?.table === "competency" ? target.id : ""}
        placeholder={t("adviserComments.choose")}
        options={competencies.map((item) => [item.id, item.label])}
      />
    </>
  );
}

/** A suggestion to add a competency: its label, category and the experience that backs it. */
export function AddCompetencyFields({
  id,
  experiences,
  target,
}: Pick<Records, "experiences"> & { id: string; target: CommentTarget | null }) {
  const { t } = useI18n();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-label`}>{t("adviserComments.label")}</label>
        <input id={`${id}-label`} name="label" maxLength={200} autoComplete="off" />
      </div>
      <Select
        name="category"
        label={t("adviserComments.category")}
        initial="know-how"
        options={competencyCategories.map((category) => [
          category,
          t(`competencies.category.${category}`),
        ])}
      />
      <Select
        name="experienceId"
        label={t("adviserComments.experience")}
        initial={target?.table === "experience" ? target.id : ""}
        placeholder={t("adviserComments.none.option")}
        options={experiences.map((item) => [item.id, item.title])}
      />
    </>
  );
}

function Select({
  name,
  label,
  initial,
  placeholder,
  options,
}: {
  name: string;
  label: string;
  initial: string;
  placeholder?: string;
  options: [string, string][];
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={initial} key={initial}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
