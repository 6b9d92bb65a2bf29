import type { MessageKey, MessageParams } from "../../../../shared/i18n/index";
import type { Locale } from "../../../../shared/schemas/common";
import { emailSchema } from "../../../../shared/schemas/index";
import {
  type ProfileFields,
  profileDefaults,
  profileFieldsSchema,
  spokenLanguageSchema,
} from "../../../../shared/schemas/profile";
import type { BlobRef } from "../../../../shared/schemas/proof";
import { requestPersistenceOnce } from "../../blobs/device-storage";
import { type PreparedFile, saveWithFile } from "../../blobs/store-file";
import { db, type SkillfolioDatabase } from "../../db/database";
import { saveRecord } from "../../db/portfolio";
import { dateOfParts, type PartialDateParts, partsOfDate } from "../../ui/partial-date-field";
import { textRuleError } from "../../ui/validation";

type Translate = (key: MessageKey, params?: MessageParams) => string;

export type LanguageLevel = ProfileFields["languages"][number]["level"];
export const languageLevels = spokenLanguageSchema.shape.level.options;

/** The profile form while the person types; `key` keeps each language row's inputs stable. */
export type ProfileDraft = Omit<ProfileFields, "birthDate" | "languages" | "photo" | "locale"> & {
  birthDate: PartialDateParts;
  languages: { key: string; language: string; level: LanguageLevel }[];
};

/** Text fields and their length limits, as in the shared schema. */
export const textLimits = {
  firstName: 100,
  lastName: 100,
  headline: 200,
  email: 254,
  phone: 40,
  address: 300,
  city: 100,
  summary: 4000,
} as const;
export type TextField = keyof typeof textLimits;
export const LANGUAGE_MAX = 60;

let rowCounter = 0;
export const languageRowKey = () => `language-${++rowCounter}`;

export function draftOfProfile(fields: ProfileFields): ProfileDraft {
  const { birthDate, languages, photo: _photo, locale: _locale, ...text } = fields;
  return {
    ...text,
    birthDate: partsOfDate(birthDate),
    languages: languages.map((entry) => ({ ...entry, key: languageRowKey() })),
  };
}

/** Problems by field: text fields by name, `birthDate`, and `language.<row key>`. */
export type ProfileErrors = Record<string, string>;

/**
 * The profile fields the draft makes, checked with the shared schemas (the email, when given, with
 * the accounts' own rule), or the problems to show next to each field.
 */
export function checkProfileDraft(
  draft: ProfileDraft,
  photo: BlobRef | null,
  locale: Locale,
  t: Translate,
): { fields: ProfileFields } | { errors: ProfileErrors } {
  const errors: ProfileErrors = {};
  for (const [field, max] of Object.entries(textLimits) as [TextField, number][]) {
    const problem = textRuleError(draft[field], field === "summary" ? "multiline" : "line", t);
    if (problem) errors[field] = problem;
    else if (draft[field].trim().length > max) errors[field] = t("field.tooLong", { count: max });
  }
  if (!errors.email && draft.email.trim() !== "" && !emailSchema.safeParse(draft.email).success) {
    errors.email = t("field.emailInvalid");
  }
  const birthDate = dateOfParts(draft.birthDate);
  if (birthDate === "invalid") errors.birthDate = t("profile.date.invalid");
  for (const entry of draft.languages) {
    const name = entry.language.trim();
    const problem = textRuleError(name, "line", t);
    if (name === "") errors[`language.${entry.key}`] = t("field.required");
    else if (problem) errors[`language.${entry.key}`] = problem;
    else if (name.length > LANGUAGE_MAX) {
      errors[`language.${entry.key}`] = t("field.tooLong", { count: LANGUAGE_MAX });
    }
  }
  if (birthDate === "invalid" || Object.keys(errors).length > 0) return { errors };

  const { birthDate: _parts, languages, ...text } = draft;
  const parsed = profileFieldsSchema.safeParse({
    ...profileDefaults,
    ...text,
    birthDate,
    photo,
    locale,
    languages: languages.map(({ language, level }) => ({ language, level })),
  });
  if (parsed.success) return { fields: parsed.data };
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] = t("field.invalid");
  return { errors };
}

/** Saves the profile (id = the user's id) and its new photo together, or neither. */
export async function saveProfile(
  userId: string,
  fields: ProfileFields,
  photo: PreparedFile | null,
  database: SkillfolioDatabase = db,
): Promise<void> {
  await saveWithFile(photo, () => saveRecord("profile", userId, fields, database), database);
  void requestPersistenceOnce(undefined, database);
}
