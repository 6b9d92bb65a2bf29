/** The pieces the CV and portfolio documents are built from: person, entries, levels, order. */
import type { Locale } from "../../../shared/schemas/common";
import {
  type Competency,
  type CompetencyCategory,
  competencyCategories,
} from "../../../shared/schemas/competency";
import type { Experience } from "../../../shared/schemas/experience";
import type { ProfileFields } from "../../../shared/schemas/profile";
import { cefrScale } from "../../../shared/taxonomy/cefr";
import { selfAssessedLevels } from "../../../shared/taxonomy/levels";
import { formatPeriod } from "./dates";
import type {
  DocumentEntry,
  DocumentPerson,
  DocumentSection,
  PortfolioRecords,
} from "./document-model";
import { type DocumentLabels, documentLabels } from "./labels";

export function personOf(
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

export function summarySection(summary: string, labels: DocumentLabels): DocumentSection {
  return {
    kind: "summary",
    heading: labels.profile,
    entries: [{ ...emptyEntry("summary"), lines: paragraphs(summary) }],
  };
}

export function experienceEntry(
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

export function experienceLabel(experience: Experience): string {
  return experience.organisation
    ? `${experience.title} (${experience.organisation})`
    : experience.title;
}

/** Spoken languages from the profile, then language competencies the profile does not name. */
export function languageEntries(
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
export function withLevel(competency: Competency, lang: Locale): string {
  const level = levelLabel(competency, lang);
  return level ? `${competency.label} · ${level}` : competency.label;
}

export function levelLabel(competency: Competency, lang: Locale): string {
  if (competency.level === null) return "";
  const scale = competency.category === "language" ? cefrScale : selfAssessedLevels;
  return scale.find((level) => level.value === competency.level)?.label[lang] ?? "";
}

/** Categories in their fixed order; within one, the order given. */
export function groupByCategory(competencies: Competency[]): [CompetencyCategory, Competency[]][] {
  return competencyCategories
    .map((category): [CompetencyCategory, Competency[]] => [
      category,
      competencies.filter((competency) => competency.category === category),
    ])
    .filter(([, group]) => group.length > 0);
}

/** The records with these ids, in the ids' order; unknown and deleted ids are skipped. */
export function pick<T extends { id: string; deleted: boolean }>(records: T[], ids: string[]): T[] {
  const byId = new Map(live(records).map((record) => [record.id, record]));
  return ids.map((id) => byId.get(id)).filter((record) => record !== undefined);
}

export function live<T extends { deleted: boolean }>(records: T[]): T[] {
  return records.filter((record) => !record.deleted);
}

/** Latest first: ongoing ones, then by end date, then by start date. */
export function byRecency(experiences: Experience[]): Experience[] {
  const key = (experience: Experience) =>
    `${experience.endDate === null ? "9999" : experience.endDate}|${experience.startDate ?? ""}`;
  return [...experiences].sort((a, b) => key(b).localeCompare(key(a)));
}

export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);
}

export function emptyEntry(key: string): DocumentEntry {
  return { key, title: "", subtitle: "", dates: "", lines: [], bullets: [] };
}
