import type { z } from "zod/mini";
import { cefrLevels } from "../../../shared/schemas/competency";
import {
  type ExperienceFields,
  type ExperienceKind,
  experienceDefaults,
} from "../../../shared/schemas/experience";
import { type ProfileFields, spokenLanguageSchema } from "../../../shared/schemas/profile";
import { fieldSchemas } from "../../../shared/sync/fields";
import { cleanRecord } from "./clean-record";
import { type ImportCandidates, noCandidates, parsed, where } from "./import-candidates";
import { JSON_RESUME_EXTENSION } from "./json-resume";
import {
  basicsSchema,
  cefrOf,
  clean,
  type Item,
  kindOf,
  levelFromText,
  lines,
  partialDate,
  type Section,
  sections,
} from "./json-resume-shape";
import { ImportRefusedError } from "./limits";

/**
 * Reads a JSON Resume. The file must be a JSON object with at least one of the sections this
 * import reads, each of the right type (else it is refused whole); an item that does not fit its
 * section, or whose record would be invalid, is listed as unreadable and the rest imports.
 */
export function readJsonResume(json: unknown): ImportCandidates {
  if (!json || typeof json !== "object" || Array.isArray(json)) {
    throw new ImportRefusedError("not-json-resume");
  }
  const document = json as Record<string, unknown>;
  const known = ["basics", ...Object.keys(sections)].filter((key) => key in document);
  if (known.length === 0) throw new ImportRefusedError("not-json-resume");
  for (const key of Object.keys(sections)) {
    if (key in document && !Array.isArray(document[key])) {
      throw new ImportRefusedError("not-json-resume", `${key} is not a list`);
    }
  }
  if (
    "basics" in document &&
    (typeof document.basics !== "object" || Array.isArray(document.basics))
  ) {
    throw new ImportRefusedError("not-json-resume", "basics is not an object");
  }

  const candidates = noCandidates("json-resume");
  const items = <S extends Section>(section: S, each: (entry: Item<S>, index: number) => void) => {
    const list = (document[section] as unknown[] | undefined) ?? [];
    list.forEach((value, index) => {
      const entry = parsed(sections[section], value);
      if (entry) each(entry as Item<S>, index);
      else
        candidates.unreadable.push({
          where: where(`${section} #${index + 1}`),
          reason: "invalid-record",
        });
    });
  };
  const addExperience = (
    section: Section,
    index: number,
    id: string | undefined,
    raw: Partial<ExperienceFields> & { kind: ExperienceKind },
  ) => {
    const fields = cleanRecord(candidates, "experience", raw, `${section} #${index + 1}`);
    const record = fieldSchemas.experience.safeParse({ ...experienceDefaults, ...fields });
    const label = fields.title || `${section} #${index + 1}`;
    if (!fields.title) candidates.unreadable.push({ where: where(label), reason: "missing-title" });
    else if (!record.success)
      candidates.unreadable.push({ where: where(label), reason: "invalid-record" });
    else
      candidates.experiences.push({ sourceId: id ?? `${section}:${index}`, fields: record.data });
  };

  items("work", (entry, index) => {
    const extension = entry[JSON_RESUME_EXTENSION];
    addExperience("work", index, extension?.id, {
      kind: kindOf(extension?.kind, "job"),
      title: clean(entry.position) || clean(entry.name),
      organisation: clean(entry.name),
      location: clean(entry.location),
      description: clean(entry.summary) || clean(entry.description),
      activities: lines(entry.highlights),
      tags: lines(extension?.tags),
      startDate: partialDate(entry.startDate),
      endDate: partialDate(entry.endDate),
    });
  });
  items("volunteer", (entry, index) => {
    const extension = entry[JSON_RESUME_EXTENSION];
    addExperience("volunteer", index, extension?.id, {
      kind: kindOf(extension?.kind, "volunteering"),
      title: clean(entry.position) || clean(entry.organization),
      organisation: clean(entry.organization),
      location: clean(entry.location),
      description: clean(entry.summary),
      activities: lines(entry.highlights),
      tags: lines(extension?.tags),
      startDate: partialDate(entry.startDate),
      endDate: partialDate(entry.endDate),
    });
  });
  items("education", (entry, index) => {
    const extension = entry[JSON_RESUME_EXTENSION];
    const title = [clean(entry.studyType), clean(entry.area)].filter(Boolean).join(" – ");
    addExperience("education", index, extension?.id, {
      kind: kindOf(extension?.kind, "education"),
      title: title || clean(entry.institution),
      organisation: clean(entry.institution),
      location: clean(entry.location),
      description: clean(entry.summary),
      activities: lines(entry.courses),
      tags: lines(extension?.tags),
      startDate: partialDate(entry.startDate),
      endDate: partialDate(entry.endDate),
    });
  });
  items("projects", (entry, index) => {
    const extension = entry[JSON_RESUME_EXTENSION];
    addExperience("projects", index, extension?.id, {
      kind: kindOf(extension?.kind, "project"),
      title: clean(entry.name),
      organisation: clean(entry.entity),
      description: clean(entry.description),
      activities: lines(entry.highlights),
      tags: lines(extension?.tags ?? entry.keywords),
      startDate: partialDate(entry.startDate),
      endDate: partialDate(entry.endDate),
    });
  });
  items("certificates", (entry, index) => {
    const extension = entry[JSON_RESUME_EXTENSION];
    // Our own proofs travel here without their file: they cannot come back from a JSON Resume.
    if (extension?.id) {
      candidates.unreadable.push({
        where: where(clean(entry.name) || "certificate"),
        reason: "file-missing",
      });
      return;
    }
    addExperience("certificates", index, undefined, {
      kind: "training",
      title: clean(entry.name),
      organisation: clean(entry.issuer),
      startDate: partialDate(entry.date),
      endDate: partialDate(entry.date),
    });
  });

  const addCompetency = (
    index: number,
    section: Section,
    uncleaned: Record<string, unknown>,
    id?: string,
  ) => {
    const raw = cleanRecord(candidates, "competency", uncleaned, `${section} #${index + 1}`);
    const record = fieldSchemas.competency.safeParse(raw);
    if (record.success)
      candidates.competencies.push({ sourceId: id ?? `${section}:${index}`, fields: record.data });
    else
      candidates.unreadable.push({
        where: where(String(raw.label || `${section} #${index + 1}`)),
        reason: "invalid-record",
      });
  };
  items("skills", (entry, index) => {
    const extension = entry[JSON_RESUME_EXTENSION];
    const level = extension?.level ?? levelFromText(clean(entry.level));
    addCompetency(
      index,
      "skills",
      {
        label: clean(entry.name),
        reference: extension?.reference ?? null,
        category: extension?.category ?? "know-how",
        level: level ?? null,
        note: clean(extension?.note),
        evidence: {
          experienceIds: extension?.evidence?.experienceIds ?? [],
          proofIds: extension?.evidence?.proofIds ?? [],
        },
      },
      extension?.id,
    );
  });
  const spoken: ProfileFields["languages"] = [];
  items("languages", (entry, index) => {
    const extension = entry[JSON_RESUME_EXTENSION];
    const fluency = clean(entry.fluency);
    if (extension?.spoken || /native|maternelle|bilingual/i.test(fluency)) {
      const level = /native|maternelle|bilingual/i.test(fluency) ? "native" : cefrOf(fluency);
      const language = spokenLanguageSchema.safeParse(
        cleanRecord(
          candidates,
          "profile",
          { language: clean(entry.language), level },
          `languages #${index + 1}`,
        ),
      );
      if (language.success && language.data.language !== "") spoken.push(language.data);
      else
        candidates.unreadable.push({
          where: where(clean(entry.language) || `languages #${index + 1}`),
          reason: "invalid-record",
        });
      return;
    }
    const cefr = cefrOf(fluency);
    addCompetency(
      index,
      "languages",
      {
        label: clean(entry.language),
        reference: extension?.reference ?? null,
        category: "language",
        level: extension?.level ?? (cefr ? cefrLevels.indexOf(cefr) + 1 : null),
        note: clean(extension?.note),
        evidence: {
          experienceIds: extension?.evidence?.experienceIds ?? [],
          proofIds: extension?.evidence?.proofIds ?? [],
        },
      },
      extension?.id,
    );
  });

  const basics = parsed(basicsSchema, document.basics ?? {});
  if (basics) {
    const fields = cleanRecord(candidates, "profile", profileFromBasics(basics, spoken));
    candidates.profile = { fields: validProfileFields(fields), photoBytes: null };
  } else candidates.unreadable.push({ where: "basics", reason: "invalid-record" });
  return candidates;
}

function profileFromBasics(
  basics: z.output<typeof basicsSchema>,
  languages: ProfileFields["languages"],
): Partial<ProfileFields> {
  const extension = basics[JSON_RESUME_EXTENSION];
  const name = clean(basics.name);
  const [first = "", ...rest] = name.split(/\s+/);
  const fields: Partial<ProfileFields> = {
    firstName: extension?.firstName ?? (rest.length > 0 ? first : name),
    lastName: extension?.lastName ?? rest.join(" "),
    headline: clean(basics.label),
    email: clean(basics.email),
    phone: clean(basics.phone),
    summary: clean(basics.summary),
    address: clean(basics.location?.address),
    city: clean(basics.location?.city),
    birthDate: partialDate(extension?.birthDate ?? undefined),
    languages: languages.slice(0, 30),
  };
  return fields;
}

/** Each field on its own: one too long is dropped, the others still fill the profile. */
function validProfileFields(fields: Partial<ProfileFields>): Partial<ProfileFields> {
  return Object.fromEntries(
    Object.entries(fields).filter(([key, value]) => {
      const schema = fieldSchemas.profile.shape[key as keyof ProfileFields];
      return schema.safeParse(value).success;
    }),
  ) as Partial<ProfileFields>;
}
