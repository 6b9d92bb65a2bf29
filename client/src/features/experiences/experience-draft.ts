import type { MessageKey, MessageParams } from "../../../../shared/i18n/index";
import {
  type ExperienceFields,
  type ExperienceKind,
  experienceDefaults,
  experienceFieldsSchema,
} from "../../../../shared/schemas/experience";
import {
  dateOfParts,
  emptyDateParts,
  type PartialDateParts,
  partsOfDate,
} from "../../ui/partial-date-field";
import { type FieldErrors, textError, textRuleError } from "../../ui/validation";
import { endsBeforeStart, formatShortDate } from "./experience-dates";

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The form as the person fills it: dates in parts, tags as one line of text. */
export type ExperienceDraft = {
  kind: ExperienceKind;
  title: string;
  organisation: string;
  location: string;
  start: PartialDateParts;
  end: PartialDateParts;
  ongoing: boolean;
  description: string;
  activities: string[];
  tags: string;
};

export const formFields = [
  "kind",
  "title",
  "organisation",
  "location",
  "startDate",
  "endDate",
  "description",
  "activities",
  "tags",
] as const;
export type FormField = (typeof formFields)[number];

export const limits = {
  title: 200,
  organisation: 200,
  location: 200,
  description: 8000,
  activity: 300,
  activities: 50,
  tag: 60,
  tags: 30,
} as const;

export const emptyDraft: ExperienceDraft = {
  kind: experienceDefaults.kind,
  title: "",
  organisation: "",
  location: "",
  start: emptyDateParts,
  end: emptyDateParts,
  ongoing: false,
  description: "",
  activities: [],
  tags: "",
};

export function draftOf(fields: ExperienceFields): ExperienceDraft {
  return {
    kind: fields.kind,
    title: fields.title,
    organisation: fields.organisation,
    location: fields.location,
    start: partsOfDate(fields.startDate),
    end: partsOfDate(fields.endDate),
    ongoing: fields.endDate === null && fields.startDate !== null,
    description: fields.description,
    activities: [...fields.activities],
    tags: fields.tags.join(", "),
  };
}

/** Tags typed as "vigne, tracteur, Champagne": trimmed, empty ones and repeats dropped. */
export function tagsOf(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of text.split(/[,;\n]/)) {
    const trimmed = tag.trim();
    const key = trimmed.toLocaleLowerCase();
    if (trimmed === "" || seen.has(key)) continue;
    seen.add(key);
    tags.push(trimmed);
  }
  return tags;
}

/** Activities as saved: each line trimmed, blank lines dropped (an unused "add a line" is no error). */
export const activitiesOf = (lines: readonly string[]) =>
  lines.map((line) => line.trim()).filter((line) => line !== "");

export type DraftCheck =
  | { valid: true; fields: ExperienceFields }
  | { valid: false; errors: FieldErrors<FormField> };

/**
 * Checks the draft as the save will: the dates must make partial dates, a start year is needed,
 * an end unless it is ongoing, and the end cannot come before the start; everything else is the
 * shared schema's decision, worded here for a person and placed next to its field.
 */
export function checkDraft(draft: ExperienceDraft, t: Translate, locale: "fr" | "en"): DraftCheck {
  const errors: FieldErrors<FormField> = {};
  const startDate = dateOfParts(draft.start);
  const endDate = draft.ongoing ? null : dateOfParts(draft.end);
  if (startDate === "invalid") errors.startDate = t("experiences.error.dateInvalid");
  else if (startDate === null) errors.startDate = t("experiences.error.startRequired");
  if (endDate === "invalid") errors.endDate = t("experiences.error.dateInvalid");
  else if (endDate === null && !draft.ongoing) errors.endDate = t("experiences.error.endRequired");
  else if (startDate !== "invalid" && startDate !== null && endsBeforeStart(startDate, endDate)) {
    errors.endDate = t("experiences.error.endBeforeStart", {
      start: formatShortDate(locale, startDate),
    });
  }

  const fields: ExperienceFields = {
    kind: draft.kind,
    title: draft.title,
    organisation: draft.organisation,
    location: draft.location,
    startDate: startDate === "invalid" ? null : startDate,
    endDate: endDate === "invalid" ? null : endDate,
    description: draft.description,
    activities: activitiesOf(draft.activities),
    tags: tagsOf(draft.tags),
  };
  // The date messages above say more than the schema's, so they win on their fields.
  const all = { ...fieldErrorsOf(fields, schemaIssues(fields), t), ...errors };
  if (Object.keys(all).length > 0) return { valid: false, errors: all };
  return { valid: true, fields };
}

/** A schema issue, as `saveRecord` reports it (`InvalidRecordError`) or `safeParse` finds it. */
export type Issue = { path: string; message: string };

function schemaIssues(fields: ExperienceFields): Issue[] {
  const parsed = experienceFieldsSchema.safeParse(fields);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
}

/** The person's words for what the shared schema refuses, next to the field it concerns. */
export function fieldErrorsOf(
  fields: ExperienceFields,
  issues: readonly Issue[],
  t: Translate,
): FieldErrors<FormField> {
  const errors: FieldErrors<FormField> = {};
  for (const issue of issues) {
    const [field, index] = issue.path.split(".");
    switch (field) {
      case "title":
        errors.title =
          fields.title.trim() === ""
            ? t("experiences.error.titleRequired")
            : textError(fields.title, "line", limits.title, t);
        break;
      case "organisation":
      case "location":
        errors[field] = textError(fields[field], "line", limits[field], t);
        break;
      case "description":
        errors[field] = textError(fields[field], "multiline", limits[field], t);
        break;
      case "startDate":
      case "endDate":
        errors[field] = t("experiences.error.dateInvalid");
        break;
      case "activities": {
        const line = fields.activities[Number(index)] ?? "";
        const problem = textRuleError(line, "line", t);
        errors.activities =
          index === undefined
            ? t("experiences.error.tooManyActivities", { count: limits.activities })
            : problem
              ? t("experiences.error.activityText", { number: Number(index) + 1, problem })
              : t("experiences.error.activityTooLong", {
                  number: Number(index) + 1,
                  count: limits.activity,
                });
        break;
      }
      case "tags": {
        const tag = fields.tags[Number(index)] ?? "";
        const problem = textRuleError(tag, "line", t);
        errors.tags =
          index === undefined
            ? t("experiences.error.tooManyTags", { count: limits.tags })
            : problem
              ? t("experiences.error.tagText", { tag, problem })
              : t("experiences.error.tagTooLong", { count: limits.tag });
        break;
      }
      default:
        errors.kind = t("field.invalid");
    }
  }
  return errors;
}
