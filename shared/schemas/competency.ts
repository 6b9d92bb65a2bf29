import { z } from "zod/mini";
import { idSchema, lineSchema, optionalLineSchema, syncColumns, textSchema } from "./common";

export const competencyCategories = [
  "know-how",
  "soft-skill",
  "language",
  "digital",
  "knowledge",
  "other",
] as const;
export const competencyCategorySchema = z.enum(competencyCategories);
export type CompetencyCategory = z.infer<typeof competencyCategorySchema>;

export const cefrLevels = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;

/** Where a competency comes from in a reference (built-in starter, ESCO, DigComp...). */
export const competencyReferenceSchema = z.object({
  scheme: lineSchema(40),
  code: lineSchema(200),
  uri: z.nullable(optionalLineSchema(500)),
});
export type CompetencyReference = z.infer<typeof competencyReferenceSchema>;

export const competencyFieldsSchema = z.object({
  label: lineSchema(200),
  reference: z.nullable(competencyReferenceSchema),
  category: competencyCategorySchema,
  /** 1–4 self-assessed; for languages 1–6 maps to CEFR A1–C2. */
  level: z.nullable(z.number().check(z.int(), z.gte(1), z.lte(6))),
  note: textSchema(2000),
  /**
   * What backs this competency. Links between a competency and its evidence live here only (one
   * record changes when a link is made from either side, so the two sides cannot disagree).
   */
  evidence: z.object({
    experienceIds: z.array(idSchema).check(z.maxLength(200)),
    proofIds: z.array(idSchema).check(z.maxLength(200)),
  }),
});
export type CompetencyFields = z.infer<typeof competencyFieldsSchema>;

export const competencySchema = z.extend(competencyFieldsSchema, syncColumns);
export type Competency = z.infer<typeof competencySchema>;

export const competencyDefaults: CompetencyFields = {
  label: "",
  reference: null,
  category: "know-how",
  level: null,
  note: "",
  evidence: { experienceIds: [], proofIds: [] },
};
