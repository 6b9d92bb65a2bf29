import type { Locale } from "../../../shared/schemas/common";
import type { CvFields } from "../../../shared/schemas/cv";
import type { ExperienceKind } from "../../../shared/schemas/experience";
import { formatPartialDate } from "./dates";
import type { DocumentModel, DocumentSection, PortfolioRecords } from "./document-model";
import {
  byRecency,
  emptyEntry,
  experienceEntry,
  experienceLabel,
  groupByCategory,
  languageEntries,
  levelLabel,
  live,
  paragraphs,
  personOf,
  pick,
  summarySection,
  withLevel,
} from "./document-parts";
import { documentLabels } from "./labels";

export type {
  DocumentEntry,
  DocumentImage,
  DocumentModel,
  DocumentPerson,
  DocumentSection,
  PortfolioRecords,
  SectionKind,
} from "./document-model";

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
