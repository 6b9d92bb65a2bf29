import { z } from "zod/mini";
import { localeSchema, partialDateSchema, syncColumns, textSchema } from "./common";
import { blobRefSchema } from "./proof";

export const spokenLanguageSchema = z.object({
  language: textSchema(60),
  level: z.enum(["A1", "A2", "B1", "B2", "C1", "C2", "native"]),
});

/** The fields a person edits; one profile per person, its id is the user id. */
export const profileFieldsSchema = z.object({
  firstName: textSchema(100),
  lastName: textSchema(100),
  headline: textSchema(200),
  email: textSchema(254),
  phone: textSchema(40),
  address: textSchema(300),
  city: textSchema(100),
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
