import type { MessageKey, MessageParams } from "../../../../shared/i18n/index";
import type { Locale, PartialDate } from "../../../../shared/schemas/common";
import { dateOfParts, emptyDateParts, type PartialDateParts } from "../../ui/partial-date-field";
import { onlyErrors, textRuleError } from "../../ui/validation";
import { endsBeforeStart, formatShortDate } from "./experience-dates";
import { limits } from "./experience-draft";
import type { GuidedAnswers } from "./guided-composition";

type Translate = (key: MessageKey, params?: MessageParams) => string;

export const guidedSteps = ["kind", "what", "when", "situation", "actions", "result"] as const;
export type GuidedStep = (typeof guidedSteps)[number];

/** The guided entry as the person fills it: the dates still in parts. */
export type GuidedState = Omit<GuidedAnswers, "startDate" | "endDate"> & {
  start: PartialDateParts;
  end: PartialDateParts;
  ongoing: boolean;
};

export const emptyGuidedState: GuidedState = {
  kind: null,
  title: "",
  organisation: "",
  location: "",
  start: emptyDateParts,
  end: emptyDateParts,
  ongoing: false,
  situation: "",
  actions: [""],
  result: "",
};

export type StepErrors = Partial<
  Record<
    | "kind"
    | "title"
    | "organisation"
    | "location"
    | "start"
    | "end"
    | "situation"
    | "actions"
    | "result",
    string
  >
>;

const validDate = (parts: PartialDateParts): PartialDate | null => {
  const date = dateOfParts(parts);
  return date === "invalid" ? null : date;
};

/** The answers the state makes (dates checked by `checkStep` before anyone gets here). */
export function answersOf(state: GuidedState): GuidedAnswers {
  const { start, end, ongoing, ...rest } = state;
  return { ...rest, startDate: validDate(start), endDate: ongoing ? null : validDate(end) };
}

/** What keeps the person on this step, worded for them; an empty object lets them go on. */
export function checkStep(
  step: GuidedStep,
  state: GuidedState,
  t: Translate,
  locale: Locale,
): StepErrors {
  const errors: StepErrors = {};
  if (step === "kind" && state.kind === null) errors.kind = t("experiences.guided.kind.required");
  if (step === "what") {
    if (state.title.trim() === "") errors.title = t("experiences.error.titleRequired");
    else errors.title = textRuleError(state.title, "line", t);
    if (!errors.title && state.title.trim().length > limits.title)
      errors.title = t("field.tooLong", { count: limits.title });
    for (const field of ["organisation", "location"] as const) {
      errors[field] = textRuleError(state[field], "line", t);
      if (!errors[field] && state[field].trim().length > limits[field])
        errors[field] = t("field.tooLong", { count: limits[field] });
    }
  }
  if (step === "situation" || step === "result")
    errors[step] = textRuleError(state[step], "multiline", t);
  if (step === "actions") {
    const index = state.actions.findIndex((line) => textRuleError(line, "line", t));
    const line = state.actions[index];
    if (line !== undefined) {
      errors.actions = t("experiences.error.activityText", {
        number: index + 1,
        problem: textRuleError(line, "line", t) ?? "",
      });
    }
  }
  if (step === "when") {
    const start = dateOfParts(state.start);
    const end = state.ongoing ? null : dateOfParts(state.end);
    if (start === "invalid") errors.start = t("experiences.error.dateInvalid");
    else if (start === null) errors.start = t("experiences.error.startRequired");
    if (end === "invalid") errors.end = t("experiences.error.dateInvalid");
    else if (end === null && !state.ongoing) errors.end = t("experiences.error.endRequired");
    else if (start !== "invalid" && start !== null && endsBeforeStart(start, end))
      errors.end = t("experiences.error.endBeforeStart", { start: formatShortDate(locale, start) });
  }
  return onlyErrors(errors);
}
