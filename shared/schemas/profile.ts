import { z } from "zod/mini";
import {
  localeSchema,
  optionalLineSchema,
  partialDateSchema,
  syncColumns,
  textSchema,
} from "./common";
import { blobRefSchema } from "./proof";

export const spokenLanguageSchema = z.object({
  language: optionalLineSchema(60),
  level: z.enum(["A1", "A2", "B1", "B2", "C1", "C2", "native"]),
});

/** The fields a person edits; one profile per person, its id is the user id. */
export const profileFieldsSchema = z.object({
  firstName: optionalLineSchema(100),
  lastName: optionalLineSchema(100),
  headline: optionalLineSchema(200),
  email: optionalLineSchema(254),
  phone: optionalLineSchema(40),
  address: optionalLineSchema(300),
  city: optionalLineSchema(100),
  birthDate: z.nullable(partialDateSchema),
  summary: textSchema(4000),
  photo: z.nullable(blobRefSchema),
  languages: z.array(spokenLanguageSchema).check(z.maxLength(30)),
  locale: localeSchema,
});
export type ProfileFields = z.infer<typeof profileFieldsSchema>;

export const profileSchema = z.extend(profileFieldsSchema, syncColumns);
export type Profile = z.infer<typeof profileSchema>;

export const profileDefaults: ProfileFields = {
  firstName: "",
  lastName: "",
  headline: "",
  email: "",
  phone: "",
  address: "",
  city: "",
  birthDate: null,
  summary: "",
  photo: null,
  languages: [],
  locale: "fr",
};
