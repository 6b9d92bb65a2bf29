import type { MessageKey, MessageParams } from "../../../../shared/i18n/index";
import {
  type CompetencyFields,
  competencyFieldsSchema,
} from "../../../../shared/schemas/competency";
import { type FieldErrors, textError } from "../../ui/validation";
import { levelFits } from "./levels";

type Translate = (key: MessageKey, params?: MessageParams) => string;

export const formFields = ["label", "category", "level", "note", "evidence"] as const;
export type FormField = (typeof formFields)[number];

export const LABEL_MAX = 200;
export const NOTE_MAX = 2000;

/** A schema issue, as `saveRecord` reports it (`InvalidRecordError`) or `safeParse` finds it. */
export type Issue = { path: string; message: string };

/**
 * The person's words for what the shared schema refuses: the schema decides, this only picks the
 * message and the field it goes next to.
 */
export function fieldErrorsOf(
  fields: CompetencyFields,
  issues: readonly Issue[],
  t: Translate,
): FieldErrors<FormField> {
  const errors: FieldErrors<FormField> = {};
  for (const issue of issues) {
    const field = issue.path.split(".")[0];
    if (field === "label") {
      errors.label =
        fields.label.trim() === ""
          ? t("competencies.error.labelRequired")
          : textError(fields.label, "line", LABEL_MAX, t);
    } else if (field === "note") errors.note = textError(fields.note, "multiline", NOTE_MAX, t);
    else if (field === "level") errors.level = t("competencies.error.level");
    else if (field === "category") errors.category = t("field.invalid");
    else errors.evidence = t("field.invalid");
  }
  return errors;
}

/** Checks the fields as the save will: the shared schema, plus the level fitting the category. */
export function validateCompetency(fields: CompetencyFields, t: Translate): FieldErrors<FormField> {
  const parsed = competencyFieldsSchema.safeParse(fields);
  const issues: Issue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join("."),
        message: issue.message,
      }));
  if (!levelFits(fields.category, fields.level)) issues.push({ path: "level", message: "range" });
  return fieldErrorsOf(fields, issues, t);
}
