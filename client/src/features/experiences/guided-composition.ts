import type { PartialDate } from "../../../../shared/schemas/common";
import type { ExperienceFields, ExperienceKind } from "../../../../shared/schemas/experience";
import { activitiesOf, limits } from "./experience-draft";

/** The answers of the guided entry, one per step. */
export type GuidedAnswers = {
  kind: ExperienceKind | null;
  title: string;
  organisation: string;
  location: string;
  startDate: PartialDate | null;
  endDate: PartialDate | null;
  situation: string;
  actions: string[];
  result: string;
};

export const emptyAnswers: GuidedAnswers = {
  kind: null,
  title: "",
  organisation: "",
  location: "",
  startDate: null,
  endDate: null,
  situation: "",
  actions: [""],
  result: "",
};

/**
 * The description, in the person's language: the situation as they told it, then what came of
 * it under a short lead-in ("Ce que j’en retire :"), one paragraph each; empty answers leave no
 * trace.
 */
export function composeDescription(
  answers: Pick<GuidedAnswers, "situation" | "result">,
  resultLeadIn: string,
): string {
  const situation = answers.situation.trim();
  const result = answers.result.trim();
  return [situation, result === "" ? "" : `${resultLeadIn} ${result}`]
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
}

/** The experience the answers make; the activities are the "what did you do" lines. */
export function composeExperience(answers: GuidedAnswers, resultLeadIn: string): ExperienceFields {
  return {
    kind: answers.kind ?? "other",
    title: answers.title.trim(),
    organisation: answers.organisation.trim(),
    location: answers.location.trim(),
    startDate: answers.startDate,
    endDate: answers.endDate,
    description: composeDescription(answers, resultLeadIn),
    activities: activitiesOf(answers.actions).slice(0, limits.activities),
    tags: [],
  };
}
