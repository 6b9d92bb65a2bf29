import { z } from "zod/mini";
import { competencyCategorySchema } from "../schemas/competency";

/** Where a reference entry comes from: our own starter list, DigComp 2.2, CEFR or ESCO. */
export const referenceSchemes = ["skillfolio", "digcomp", "cefr", "esco"] as const;
export const referenceSchemeSchema = z.enum(referenceSchemes);
export type ReferenceScheme = z.infer<typeof referenceSchemeSchema>;

/** The sectors the starter know-how is grouped by (the Grand Est priorities, plus `general`). */
export const starterSectors = [
  "agriculture",
  "landscaping",
  "wood",
  "construction",
  "digital",
  "health-social",
  "crafts",
  "industry",
  "general",
] as const;
export type StarterSector = (typeof starterSectors)[number];

const labelSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(300));

export const localisedLabelSchema = z.object({ fr: labelSchema, en: labelSchema });
export type LocalisedLabel = z.infer<typeof localisedLabelSchema>;

export const referenceEntrySchema = z.object({
  scheme: referenceSchemeSchema,
  /** Stable and unique within its scheme (`sf.soft.teamwork`, `digcomp.1.1`, an ESCO UUID). */
  code: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  uri: z.nullable(z.string().check(z.maxLength(500))),
  category: competencyCategorySchema,
  /** For know-how, one of `starterSectors`; imported references may use their own codes. */
  sector: z.nullable(z.string().check(z.minLength(1), z.maxLength(60))),
  labels: localisedLabelSchema,
  altLabels: z.object({
    fr: z.array(labelSchema).check(z.maxLength(200)),
    en: z.array(labelSchema).check(z.maxLength(200)),
  }),
  /** A short plain-language line shown under the label. */
  description: z.optional(localisedLabelSchema),
});
export type ReferenceEntry = z.infer<typeof referenceEntrySchema>;
