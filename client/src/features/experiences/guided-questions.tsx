import { useId } from "react";
import { experienceKinds } from "../../../../shared/schemas/experience";
import { useI18n } from "../../i18n/use-i18n";
import { TextField } from "../../ui/text-field";
import { limits } from "./experience-draft";
import type { GuidedState, GuidedStep, StepErrors } from "./guided-steps";
import { LinesField } from "./lines-field";
import { YearMonthField } from "./year-month-field";

type Props = {
  step: GuidedStep;
  state: GuidedState;
  errors: StepErrors;
  onChange: (next: Partial<GuidedState>) => void;
  /** The kind buttons move on by themselves: one tap per answer. */
  onKindPicked: () => void;
};

/** The body of one guided step: the fields that answer its question. */
export function GuidedQuestion({ step, state, errors, onChange, onKindPicked }: Props) {
  const { t } = useI18n();
  switch (step) {
    case "kind":
      return (
        <div className="guided-kinds">
          {errors.kind && <p className="field-error">{errors.kind}</p>}
          {experienceKinds.map((kind) => (
            <button
              key={kind}
              type="button"
              name={kind === experienceKinds[0] ? "kind" : undefined}
              className="guided-kind"
              aria-pressed={state.kind === kind}
              onClick={() => {
                onChange({ kind });
                onKindPicked();
              }}
            >
              <span className="guided-kind-label">{t(`experiences.kind.${kind}`)}</span>
              <span className="guided-kind-hint">{t(`experiences.kindHint.${kind}`)}</span>
            </button>
          ))}
        </div>
      );
    case "what":
      return (
        <>
          <TextField
            name="title"
            label={t("experiences.guided.what.title")}
            hint={t("experiences.guided.what.titleHint")}
            error={errors.title}
            autoComplete="off"
            maxLength={limits.title}
            value={state.title}
            onChange={(event) => onChange({ title: event.target.value })}
          />
          <TextField
            name="organisation"
            label={t("experiences.guided.what.organisation")}
            error={errors.organisation}
            autoComplete="organization"
            maxLength={limits.organisation}
            value={state.organisation}
            onChange={(event) => onChange({ organisation: event.target.value })}
          />
          <TextField
            name="location"
            label={t("experiences.guided.what.location")}
            error={errors.location}
            autoComplete="off"
            maxLength={limits.location}
            value={state.location}
            onChange={(event) => onChange({ location: event.target.value })}
          />
        </>
      );
    case "when":
      return <WhenQuestion state={state} errors={errors} onChange={onChange} />;
    case "situation":
    case "result":
      return <StoryQuestion step={step} state={state} error={errors[step]} onChange={onChange} />;
    case "actions":
      return (
        <LinesField
          name="actions"
          legend={t("experiences.field.activities")}
          hint={t("experiences.guided.actions.hint")}
          lineLabel="experiences.guided.actions.line"
          removeLabel="experiences.guided.actions.remove"
          maxLength={limits.activity}
          error={errors.actions}
          value={state.actions}
          onChange={(actions) => onChange({ actions })}
        />
      );
  }
}

function WhenQuestion({ state, errors, onChange }: Pick<Props, "state" | "errors" | "onChange">) {
  const { t } = useI18n();
  const id = useId();
  return (
    <>
      <p className="field-hint">{t("experiences.guided.when.hint")}</p>
      <YearMonthField
        name="start"
        legend={t("experiences.guided.when.start")}
        error={errors.start}
        value={state.start}
        onChange={(start) => onChange({ start })}
      />
      <div className="experience-check guided-check">
        <input
          id={`${id}-ongoing`}
          type="checkbox"
          name="ongoing"
          checked={state.ongoing}
          onChange={(event) => onChange({ ongoing: event.target.checked })}
        />
        <label htmlFor={`${id}-ongoing`}>{t("experiences.guided.when.ongoing")}</label>
      </div>
      {!state.ongoing && (
        <YearMonthField
          name="end"
          legend={t("experiences.guided.when.end")}
          error={errors.end}
          value={state.end}
          onChange={(end) => onChange({ end })}
        />
      )}
    </>
  );
}

/** "What was the situation?" and "What came of it?": one free answer each, optional. */
function StoryQuestion({
  step,
  state,
  error,
  onChange,
}: Pick<Props, "state" | "onChange"> & {
  step: "situation" | "result";
  error: string | undefined;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t(`experiences.guided.${step}.label`)}</label>
      <p id={`${id}-hint`} className="field-hint">
        {t(`experiences.guided.${step}.hint`)} {t("experiences.guided.optional")}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <textarea
        id={id}
        name={step}
        className="experience-textarea"
        rows={5}
        maxLength={limits.description / 2 - 100}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        value={state[step]}
        onChange={(event) => onChange({ [step]: event.target.value })}
      />
    </div>
  );
}
