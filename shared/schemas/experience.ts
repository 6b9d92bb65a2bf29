import { z } from "zod/mini";
import {
  lineSchema,
  optionalLineSchema,
  partialDateSchema,
  syncColumns,
  textSchema,
} from "./common";

export const experienceKinds = [
  "job",
  "internship",
  "volunteering",
  "training",
  "education",
  "project",
  "leisure",
  "other",
] as const;
export const experienceKindSchema = z.enum(experienceKinds);
export type ExperienceKind = z.infer<typeof experienceKindSchema>;

export const experienceFieldsSchema = z.object({
  kind: experienceKindSchema,
  title: lineSchema(200),
  organisation: optionalLineSchema(200),
  location: optionalLineSchema(200),
  startDate: z.nullable(partialDateSchema),
  /** null means ongoing. */
  endDate: z.nullable(partialDateSchema),
  description: textSchema(8000),
  activities: z.array(lineSchema(300)).check(z.maxLength(50)),
  tags: z.array(lineSchema(60)).check(z.maxLength(30)),
});
export type ExperienceFields = z.infer<typeof experienceFieldsSchema>;

export const experienceSchema = z.extend(experienceFieldsSchema, syncColumns);
export type Experience = z.infer<typeof experienceSchema>;

export const experienceDefaults: Omit<ExperienceFields, "title"> & { title: string } = {
  kind: "job",
  title: "",
  organisation: "",
  location: "",
  startDate: null,
  endDate: null,
  description: "",
  activities: [],
  tags: [],
};
