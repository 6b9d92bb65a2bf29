import { type Competency, cefrLevels } from "../../../shared/schemas/competency";
import type { Cv } from "../../../shared/schemas/cv";
import type { Experience, ExperienceKind } from "../../../shared/schemas/experience";
import type { Proof } from "../../../shared/schemas/proof";
import type { PortfolioData } from "./portfolio-data";

/**
 * JSON Resume (https://jsonresume.org/schema, the `@jsonresume/schema` package). Every object of
 * the schema allows additional properties, so what the standard has no field for (record ids,
 * kinds, competency evidence, reference codes, levels as numbers) travels in an `x-skillfolio`
 * object on each item; other tools ignore it, our import reads it back.
 */
export type JsonResume = { [key: string]: unknown };
export const JSON_RESUME_EXTENSION = "x-skillfolio";
export const JSON_RESUME_SCHEMA_URL =
  "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

const educationKinds: readonly ExperienceKind[] = ["education", "training"];
const certificateKinds: readonly Proof["kind"][] = ["certificate", "diploma", "attestation"];

/** The schema's email format; a free-text email that is not one is left out rather than invalid. */
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Dates the schema accepts (years 1000–2999, as its pattern says). */
const datePattern = /^[1-2]\d{3}(-[0-1]\d(-[0-3]\d)?)?$/;

/** Drops empty strings, empty lists and nulls, so the document carries only what is known. */
function compact(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) =>
        value !== null &&
        value !== undefined &&
        value !== "" &&
        !(Array.isArray(value) && value.length === 0),
    ),
  );
}
const date = (value: string | null) => (value && datePattern.test(value) ? value : undefined);

function experienceItem(experience: Experience) {
  const extension = {
    [JSON_RESUME_EXTENSION]: compact({
      id: experience.id,
      kind: experience.kind,
      tags: experience.tags,
    }),
  };
  const dates = { startDate: date(experience.startDate), endDate: date(experience.endDate) };
  if (experience.kind === "volunteering") {
    return {
      section: "volunteer",
      item: compact({
        organization: experience.organisation,
        position: experience.title,
        summary: experience.description,
        highlights: experience.activities,
        location: experience.location,
        ...dates,
        ...extension,
      }),
    };
  }
  if (educationKinds.includes(experience.kind)) {
    return {
      section: "education",
      item: compact({
        institution: experience.organisation,
        area: experience.title,
        courses: experience.activities,
        summary: experience.description,
        location: experience.location,
        ...dates,
        ...extension,
      }),
    };
  }
  if (experience.kind === "project") {
    return {
      section: "projects",
      item: compact({
        name: experience.title,
        entity: experience.organisation,
        description: experience.description,
        highlights: experience.activities,
        keywords: experience.tags,
        ...dates,
        ...extension,
      }),
    };
  }
  return {
    section: "work",
    item: compact({
      name: experience.organisation,
      position: experience.title,
      location: experience.location,
      summary: experience.description,
      highlights: experience.activities,
      ...dates,
      ...extension,
    }),
  };
}

function competencyExtension(competency: Competency) {
  return {
    [JSON_RESUME_EXTENSION]: compact({
      id: competency.id,
      category: competency.category,
      level: competency.level,
      reference: competency.reference,
      note: competency.note,
      evidence: competency.evidence,
    }),
  };
}

type Selection = {
  experiences: Experience[];
  competencies: Competency[];
  proofs: Proof[];
  headline: string | null;
  summary: string | null;
  meta: Record<string, unknown>;
};

function buildResume(data: PortfolioData, selection: Selection, now: Date): JsonResume {
  const profile = data.profile;
  const resume: JsonResume = {
    $schema: JSON_RESUME_SCHEMA_URL,
    basics: compact({
      name: profile ? `${profile.firstName} ${profile.lastName}`.trim() : "",
      label: selection.headline ?? profile?.headline,
      email: profile && emailPattern.test(profile.email) ? profile.email : undefined,
      phone: profile?.phone,
      summary: selection.summary ?? profile?.summary,
      location: profile ? compact({ address: profile.address, city: profile.city }) : undefined,
      [JSON_RESUME_EXTENSION]: profile
        ? compact({
            firstName: profile.firstName,
            lastName: profile.lastName,
            birthDate: profile.birthDate,
            locale: profile.locale,
          })
        : undefined,
    }),
  };
  if (Object.keys((resume.basics as object) ?? {}).length === 0) delete resume.basics;

  const sections: Record<string, unknown[]> = {
    work: [],
    volunteer: [],
    education: [],
    projects: [],
  };
  for (const experience of selection.experiences) {
    const { section, item } = experienceItem(experience);
    sections[section]?.push(item);
  }
  const skills: unknown[] = [];
  const languages: unknown[] = [];
  for (const competency of selection.competencies) {
    if (competency.category === "language") {
      const cefr = competency.level ? cefrLevels[competency.level - 1] : undefined;
      languages.push(
        compact({ language: competency.label, fluency: cefr, ...competencyExtension(competency) }),
      );
    } else {
      skills.push(
        compact({
          name: competency.label,
          level: competency.level ? `${competency.level}/4` : undefined,
          keywords: competency.reference ? [competency.reference.code] : [],
          ...competencyExtension(competency),
        }),
      );
    }
  }
  for (const spoken of profile?.languages ?? []) {
    if (spoken.language === "") continue;
    languages.push({
      language: spoken.language,
      fluency: spoken.level === "native" ? "Native speaker" : spoken.level,
      [JSON_RESUME_EXTENSION]: { spoken: true },
    });
  }
  const certificates: unknown[] = [];
  const otherProofs: unknown[] = [];
  for (const proof of selection.proofs) {
    const extension = compact({
      id: proof.id,
      kind: proof.kind,
      blob: proof.blob,
      experienceIds: proof.experienceIds,
    });
    if (certificateKinds.includes(proof.kind)) {
      certificates.push(
        compact({
          name: proof.title,
          issuer: proof.issuer,
          date: date(proof.date),
          [JSON_RESUME_EXTENSION]: extension,
        }),
      );
    } else otherProofs.push(compact({ title: proof.title, issuer: proof.issuer, ...extension }));
  }
  Object.assign(resume, compact({ ...sections, skills, languages, certificates }));
  resume.meta = {
    version: "v1.0.0",
    lastModified: now.toISOString(),
    [JSON_RESUME_EXTENSION]: compact({ ...selection.meta, proofs: otherProofs }),
  };
  return resume;
}

/** Proofs that back what a CV shows: linked to one of its experiences or competencies. */
function proofsBehind(data: PortfolioData, experiences: Experience[], competencies: Competency[]) {
  const experienceIds = new Set(experiences.map((experience) => experience.id));
  const proofIds = new Set(competencies.flatMap((competency) => competency.evidence.proofIds));
  return data.proofs.filter(
    (proof) => proofIds.has(proof.id) || proof.experienceIds.some((id) => experienceIds.has(id)),
  );
}

/**
 * A CV as a JSON Resume: its experiences and competencies in the CV's order, its headline and
 * summary overrides, the certificates that back them. `data` is the whole portfolio (for
 * example `readPortfolio()` from ./portfolio-data); selected ids it does not hold are skipped.
 */
export function cvToJsonResume(cv: Cv, data: PortfolioData, now = new Date()): JsonResume {
  const pick = <T extends { id: string }>(ids: readonly string[], records: readonly T[]) => {
    const byId = new Map(records.map((record) => [record.id, record]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  };
  const experiences = pick(cv.experienceIds, data.experiences);
  const competencies = pick(cv.competencyIds, data.competencies);
  return buildResume(
    data,
    {
      experiences,
      competencies,
      proofs: proofsBehind(data, experiences, competencies),
      headline: cv.headline,
      summary: cv.summary,
      meta: { cv: { id: cv.id, title: cv.title, language: cv.language, template: cv.template } },
    },
    now,
  );
}

/** The whole portfolio as a JSON Resume: newest experiences first, competencies by label. */
export function portfolioToJsonResume(data: PortfolioData, now = new Date()): JsonResume {
  const experiences = [...data.experiences].sort((a, b) =>
    (b.startDate ?? "").localeCompare(a.startDate ?? ""),
  );
  const competencies = [...data.competencies].sort((a, b) => a.label.localeCompare(b.label));
  return buildResume(
    data,
    { experiences, competencies, proofs: data.proofs, headline: null, summary: null, meta: {} },
    now,
  );
}

/** The document as a file to download or share. */
export function jsonResumeFile(resume: JsonResume, fileName = "resume.json"): File {
  return new File([JSON.stringify(resume, null, 2)], fileName, { type: "application/json" });
}
