import { z } from "zod/mini";
import { partialDateSchema } from "../../../shared/schemas/common";
import {
  cefrLevels,
  competencyCategorySchema,
  competencyReferenceSchema,
} from "../../../shared/schemas/competency";
import { type ExperienceKind, experienceKindSchema } from "../../../shared/schemas/experience";
import { JSON_RESUME_EXTENSION } from "./json-resume";

/**
 * The part of a JSON Resume that our import reads, as zod schemas (every field optional, as in
 * the standard), and the small conversions from its free-text values to ours.
 */
const text = z.optional(z.string());
const texts = z.optional(z.array(z.string()));
/** Our own data on an item, when the file came from Skillfolio; every part optional. */
const extensionSchema = z.optional(
  z.object({
    id: z.optional(z.string()),
    kind: text,
    tags: texts,
    category: z.optional(competencyCategorySchema),
    level: z.optional(z.nullable(z.number())),
    reference: z.optional(z.nullable(competencyReferenceSchema)),
    note: text,
    evidence: z.optional(z.object({ experienceIds: texts, proofIds: texts })),
    spoken: z.optional(z.boolean()),
    firstName: text,
    lastName: text,
    birthDate: z.optional(z.nullable(z.string())),
  }),
);
const item = <S extends Record<string, z.ZodMiniType>>(shape: S) =>
  z.object({ ...shape, [JSON_RESUME_EXTENSION]: extensionSchema });
const dated = { startDate: text, endDate: text };

/** The part of the JSON Resume schema this import reads; anything else in the file is ignored. */
export const sections = {
  work: item({
    name: text,
    position: text,
    location: text,
    summary: text,
    description: text,
    highlights: texts,
    ...dated,
  }),
  volunteer: item({
    organization: text,
    position: text,
    location: text,
    summary: text,
    highlights: texts,
    ...dated,
  }),
  education: item({
    institution: text,
    area: text,
    studyType: text,
    courses: texts,
    summary: text,
    location: text,
    ...dated,
  }),
  projects: item({
    name: text,
    entity: text,
    description: text,
    highlights: texts,
    keywords: texts,
    ...dated,
  }),
  skills: item({ name: text, level: text, keywords: texts }),
  languages: item({ language: text, fluency: text }),
  certificates: item({ name: text, issuer: text, date: text }),
};
export const basicsSchema = item({
  name: text,
  label: text,
  email: text,
  phone: text,
  summary: text,
  location: z.optional(z.object({ address: text, city: text, postalCode: text })),
});
export type Section = keyof typeof sections;
export type Item<S extends Section> = z.output<(typeof sections)[S]>;

export const clean = (value: string | undefined) => (value ?? "").trim();
/** JSON Resume dates are ISO 8601, sometimes with a time; ours are YYYY, YYYY-MM or YYYY-MM-DD. */
export function partialDate(value: string | undefined): string | null {
  const match = /^(\d{4}(-\d{2}(-\d{2})?)?)/.exec(clean(value));
  const candidate = match?.[1];
  return candidate && partialDateSchema.safeParse(candidate).success ? candidate : null;
}
export const lines = (values: string[] | undefined) =>
  (values ?? []).map((value) => value.trim()).filter((value) => value !== "");

/** The kind our export wrote, when it is one; else the section's. */
export function kindOf(kind: string | undefined, fallback: ExperienceKind): ExperienceKind {
  const parsedKind = experienceKindSchema.safeParse(kind);
  return parsedKind.success ? parsedKind.data : fallback;
}

export function cefrOf(fluency: string): (typeof cefrLevels)[number] | undefined {
  const code = /\b([ABC][12])\b/i.exec(fluency)?.[1]?.toUpperCase();
  return cefrLevels.find((level) => level === code);
}

/** "3/4", "3" or a word (Beginner … Expert) as a level 1–4. */
export function levelFromText(level: string): number | null {
  const number = /^([1-4])(\s*\/\s*4)?$/.exec(level)?.[1];
  if (number) return Number(number);
  const words: [RegExp, number][] = [
    [/beginner|novice|débutant|basic/i, 1],
    [/intermediate|intermédiaire/i, 2],
    [/advanced|avancé|confirmé/i, 3],
    [/expert|master|maîtrise/i, 4],
  ];
  return words.find(([pattern]) => pattern.test(level))?.[1] ?? null;
}
