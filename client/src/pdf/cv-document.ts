import type { Locale } from "../../../shared/schemas/common";
import {
  type Competency,
  type CompetencyCategory,
  competencyCategories,
} from "../../../shared/schemas/competency";
import type { CvFields, CvTemplate } from "../../../shared/schemas/cv";
import type { Experience, ExperienceKind } from "../../../shared/schemas/experience";
import type { ProfileFields } from "../../../shared/schemas/profile";
import type { BlobRef, Proof } from "../../../shared/schemas/proof";
import { cefrScale } from "../../../shared/taxonomy/cefr";
import { selfAssessedLevels } from "../../../shared/taxonomy/levels";
import { formatPartialDate, formatPeriod } from "./dates";
import { type DocumentLabels, documentLabels } from "./labels";

/**
 * The layout-neutral model of a CV or a portfolio: what is said, in which order, in which words.
 * The PDF renderer and the HTML preview both draw it, so they cannot disagree on content.
 */
export type DocumentModel = {
  kind: "cv" | "portfolio";
  /** The document title (PDF Title, shown by readers instead of the file name). */
  title: string;
  lang: Locale;
  template: CvTemplate;
  person: DocumentPerson;
  sections: DocumentSection[];
};

export type DocumentPerson = {
  name: string;
  headline: string;
  contact: string[];
  photo: DocumentImage | null;
};

export type DocumentImage = { blob: BlobRef; alt: string };

export type SectionKind =
  | "summary"
  | "experience"
  | "education"
  | "competencies"
  | "languages"
  | "evidence"
  | "annexes";

export type DocumentSection = { kind: SectionKind; heading: string; entries: DocumentEntry[] };

/** One block that is never split across pages. Every field may be empty. */
export type DocumentEntry = {
  /** The record (or category) it comes from: stable across renders. */
  key: string;
  title: string;
  subtitle: string;
  dates: string;
  /** Paragraphs. */
  lines: string[];
  bullets: string[];
  /** A proof's file, drawn as an annex figure when it is an image or a PDF (its first page). */
  annex?: DocumentImage;
};

/** The records a document is drawn from, as read from the device (deleted ones are skipped). */
export type PortfolioRecords = {
  profile: ProfileFields | null;
  /** The account's display name: the document's name while the profile has none. */
  accountName?: string;
  experiences: Experience[];
  competencies: Competency[];
  proofs: Proof[];
};

const educationKinds: ReadonlySet<ExperienceKind> = new Set(["education", "training"]);

/**
 * A saved CV as a document: only the experiences and competencies it selects, in its order.
 * Experiences are split into work and education, each section keeping the CV's order; sections come
 * in the order of their first selected entry, so the person's ordering decides which comes first.
 */
export function buildCvDocument(
  cv: CvFields,
  records: PortfolioRecords,
  lang: Locale = cv.language,
): DocumentModel {
  const labels = documentLabels(lang);
  const person = personOf(records, labels, cv.headline);
  const sections: DocumentSection[] = [];
  const summary = cv.summary ?? records.profile?.summary ?? "";
  if (summary.trim()) sections.push(summarySection(summary, labels));

  const experiences = pick(records.experiences, cv.experienceIds);
  const work = experiences.filter((experience) => !educationKinds.has(experience.kind));
  const education = experiences.filter((experience) => educationKinds.has(experience.kind));
  const experienceSections: DocumentSection[] = [];
  if (work.length > 0) {
    experienceSections.push({
      kind: "experience",
      heading: labels.experience,
      entries: work.map((experience) => experienceEntry(experience, labels, false)),
    });
  }
  if (education.length > 0) {
    experienceSections.push({
      kind: "education",
      heading: labels.education,
      entries: education.map((experience) => experienceEntry(experience, labels, false)),
    });
  }
  if (experiences[0] && educationKinds.has(experiences[0].kind)) experienceSections.reverse();
  sections.push(...experienceSections);

  const competencies = pick(records.competencies, cv.competencyIds);
  const skills = competencies.filter((competency) => competency.category !== "language");
  if (skills.length > 0) {
    sections.push({
      kind: "competencies",
      heading: labels.competencies,
      entries: groupByCategory(skills).map(([category, group]) => ({
        ...emptyEntry(`category-${category}`),
        title: labels.category[category],
        bullets: group.map((competency) => withLevel(competency, lang)),
      })),
    });
  }
  const languages = languageEntries(
    records.profile,
    competencies.filter((competency) => competency.category === "language"),
    lang,
  );
  if (languages.length > 0) {
    sections.push({ kind: "languages", heading: labels.languages, entries: languages });
  }
  return {
    kind: "cv",
    title: [cv.title, person.name].filter(Boolean).join(" – "),
    lang,
    template: cv.template,
    person,
    sections,
  };
}

/**
 * The whole portfolio: every experience (latest first), every competency with what backs it, the
 * spoken languages, and every proof as a numbered annex that the evidence lines refer to.
 */
export function buildPortfolioDocument(records: PortfolioRecords, lang: Locale): DocumentModel {
  const labels = documentLabels(lang);
  const person = personOf(records, labels, null);
  const experiences = byRecency(live(records.experiences));
  const proofs = live(records.proofs);
  const annexNumber = new Map(proofs.map((proof, index) => [proof.id, index + 1]));
  const experienceById = new Map(experiences.map((experience) => [experience.id, experience]));
  const proofById = new Map(proofs.map((proof) => [proof.id, proof]));
  const sections: DocumentSection[] = [];
  const summary = records.profile?.summary ?? "";
  if (summary.trim()) sections.push(summarySection(summary, labels));
  if (experiences.length > 0) {
    sections.push({
      kind: "experience",
      heading: labels.experience,
      entries: experiences.map((experience) => experienceEntry(experience, labels, true)),
    });
  }
  const competencies = live(records.competencies);
  if (competencies.length > 0) {
    sections.push({
      kind: "evidence",
      heading: labels.evidence,
      entries: groupByCategory(competencies).flatMap(([category, group]) =>
        group.map((competency) => {
          const usedIn = competency.evidence.experienceIds
            .map((id) => experienceById.get(id))
            .filter((experience) => experience !== undefined)
            .map((experience) => experienceLabel(experience));
          const backing = competency.evidence.proofIds
            .map((id) => {
              const proof = proofById.get(id);
              const number = annexNumber.get(id);
              return proof && number ? `${labels.annexOf(number)} – ${proof.title}` : null;
            })
            .filter((line) => line !== null);
          const lines = paragraphs(competency.note);
          if (usedIn.length === 0 && backing.length === 0) lines.push(labels.noEvidence);
          return {
            ...emptyEntry(competency.id),
            title: competency.label,
            subtitle: [labels.category[category], levelLabel(competency, lang)]
              .filter(Boolean)
              .join(" · "),
            lines,
            bullets: [
              ...usedIn.map((line) => `${labels.backedBy} ${line}`),
              ...backing.map((line) => `${labels.proofsLabel} ${line}`),
            ],
          };
        }),
      ),
    });
  }
  const languages = languageEntries(records.profile, [], lang);
  if (languages.length > 0) {
    sections.push({ kind: "languages", heading: labels.languages, entries: languages });
  }
  if (proofs.length > 0) {
    sections.push({
      kind: "annexes",
      heading: labels.annexes,
      entries: proofs.map((proof, index) => ({
        ...emptyEntry(proof.id),
        title: `${labels.annexOf(index + 1)} – ${proof.title}`,
        subtitle: [labels.proofKind[proof.kind], proof.issuer && labels.issuedBy(proof.issuer)]
          .filter(Boolean)
          .join(" · "),
        dates: proof.date ? formatPartialDate(proof.date, labels) : "",
        lines: proof.experienceIds
          .map((id) => experienceById.get(id))
          .filter((experience) => experience !== undefined)
          .map((experience) => `${labels.backedBy} ${experienceLabel(experience)}`),
        annex: { blob: proof.blob, alt: labels.proofAlt(proof.title) },
      })),
    });
  }
  return {
    kind: "portfolio",
    title: labels.portfolioTitle(person.name),
    lang,
    template: "classic",
    person,
    sections,
  };
}

function personOf(
  { profile, accountName = "" }: PortfolioRecords,
  labels: DocumentLabels,
  headlineOverride: string | null,
): DocumentPerson {
  const name =
    (profile ? `${profile.firstName} ${profile.lastName}`.trim() : "") || accountName.trim();
  const place =
    profile?.address && profile.city && !profile.address.includes(profile.city)
      ? `${profile.address}, ${profile.city}`
      : profile?.address || profile?.city || "";
  return {
    name,
    headline: headlineOverride ?? profile?.headline ?? "",
    contact: [profile?.email ?? "", profile?.phone ?? "", place].filter(Boolean),
    photo: profile?.photo ? { blob: profile.photo, alt: labels.photoAlt(name) } : null,
  };
}

function summarySection(summary: string, labels: DocumentLabels): DocumentSection {
  return {
    kind: "summary",
    heading: labels.profile,
    entries: [{ ...emptyEntry("summary"), lines: paragraphs(summary) }],
  };
}

function experienceEntry(
  experience: Experience,
  labels: DocumentLabels,
  withKind: boolean,
): DocumentEntry {
  return {
    ...emptyEntry(experience.id),
    title: experience.title,
    subtitle: [
      withKind ? labels.kind[experience.kind] : "",
      experience.organisation,
      experience.location,
    ]
      .filter(Boolean)
      .join(" · "),
    dates: formatPeriod(experience.startDate, experience.endDate, labels),
    lines: paragraphs(experience.description),
    bullets: [...experience.activities],
  };
}

function experienceLabel(experience: Experience): string {
  return experience.organisation
    ? `${experience.title} (${experience.organisation})`
    : experience.title;
}

/** Spoken languages from the profile, then language competencies the profile does not name. */
function languageEntries(
  profile: ProfileFields | null,
  competencies: Competency[],
  lang: Locale,
): DocumentEntry[] {
  const labels = documentLabels(lang);
  const fromProfile = (profile?.languages ?? []).map((spoken, index) => ({
    ...emptyEntry(`language-${index}`),
    title: spoken.language,
    subtitle:
      spoken.level === "native"
        ? labels.native
        : (cefrScale.find((level) => level.level === spoken.level)?.label[lang] ?? spoken.level),
  }));
  const named = new Set(fromProfile.map((entry) => entry.title.toLocaleLowerCase(lang)));
  const fromCompetencies = competencies
    .filter((competency) => !named.has(competency.label.toLocaleLowerCase(lang)))
    .map((competency) => ({
      ...emptyEntry(competency.id),
      title: competency.label,
      subtitle: levelLabel(competency, lang),
    }));
  return [...fromProfile, ...fromCompetencies];
}

/** "Soudure TIG · Autonome" (1–4 scale) or "Anglais · B2 · Avancé" (CEFR for a language). */
function withLevel(competency: Competency, lang: Locale): string {
  const level = levelLabel(competency, lang);
  return level ? `${competency.label} · ${level}` : competency.label;
}

function levelLabel(competency: Competency, lang: Locale): string {
  if (competency.level === null) return "";
  const scale = competency.category === "language" ? cefrScale : selfAssessedLevels;
  return scale.find((level) => level.value === competency.level)?.label[lang] ?? "";
}

/** Categories in their fixed order; within one, the order given. */
function groupByCategory(competencies: Competency[]): [CompetencyCategory, Competency[]][] {
  return competencyCategories
    .map((category): [CompetencyCategory, Competency[]] => [
      category,
      competencies.filter((competency) => competency.category === category),
    ])
    .filter(([, group]) => group.length > 0);
}

/** The records with these ids, in the ids' order; unknown and deleted ids are skipped. */
function pick<T extends { id: string; deleted: boolean }>(records: T[], ids: string[]): T[] {
  const byId = new Map(live(records).map((record) => [record.id, record]));
  return ids.map((id) => byId.get(id)).filter((record) => record !== undefined);
}

function live<T extends { deleted: boolean }>(records: T[]): T[] {
  return records.filter((record) => !record.deleted);
}

/** Latest first: ongoing ones, then by end date, then by start date. */
function byRecency(experiences: Experience[]): Experience[] {
  const key = (experience: Experience) =>
    `${experience.endDate === null ? "9999" : experience.endDate}|${experience.startDate ?? ""}`;
  return [...experiences].sort((a, b) => key(b).localeCompare(key(a)));
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);
}

function emptyEntry(key: string): DocumentEntry {
  return { key, title: "", subtitle: "", dates: "", lines: [], bullets: [] };
}
