import { z } from "zod/mini";
import {
  idSchema,
  lineSchema,
  localeSchema,
  optionalLineSchema,
  syncColumns,
  textSchema,
} from "./common";

export const cvTemplates = ["classic", "two-column", "europass"] as const;
export const cvTemplateSchema = z.enum(cvTemplates);
export type CvTemplate = z.infer<typeof cvTemplateSchema>;

export const cvFieldsSchema = z.object({
  title: lineSchema(200),
  language: localeSchema,
  template: cvTemplateSchema,
  /** Ordered: the CV shows them in this order. */
  experienceIds: z.array(idSchema).check(z.maxLength(500)),
  competencyIds: z.array(idSchema).check(z.maxLength(500)),
  headline: z.nullable(optionalLineSchema(200)),
  summary: z.nullable(textSchema(4000)),
});
export type CvFields = z.infer<typeof cvFieldsSchema>;

export const cvSchema = z.extend(cvFieldsSchema, syncColumns);
export type Cv = z.infer<typeof cvSchema>;

export const cvDefaults: Omit<CvFields, "title"> = {
  language: "fr",
  template: "classic",
  experienceIds: [],
  competencyIds: [],
  headline: null,
  summary: null,
};
