import type { Locale } from "../../../shared/schemas/common";
import type { CompetencyCategory } from "../../../shared/schemas/competency";
import type { ExperienceKind } from "../../../shared/schemas/experience";
import type { ProofKind } from "../../../shared/schemas/proof";

/**
 * The words printed in a CV or portfolio. They follow the document's language (a CV in English
 * made by a French-speaking person), not the interface's, so they live here and not in shared/i18n.
 */
export type DocumentLabels = {
  profile: string;
  contact: string;
  experience: string;
  education: string;
  competencies: string;
  languages: string;
  evidence: string;
  annexes: string;
  present: string;
  native: string;
  months: readonly string[];
  category: Record<CompetencyCategory, string>;
  kind: Record<ExperienceKind, string>;
  proofKind: Record<ProofKind, string>;
  portfolioTitle: (name: string) => string;
  backedBy: string;
  proofsLabel: string;
  noEvidence: string;
  issuedBy: (issuer: string) => string;
  annexOf: (index: number) => string;
  unreadable: string;
  notDrawable: (mime: string) => string;
  /** A PDF proof's first page, drawn in the annex: the proof's alt text, then what is shown. */
  pdfFirstPageAlt: (alt: string) => string;
  photoAlt: (name: string) => string;
  proofAlt: (title: string) => string;
  page: (page: number, total: number) => string;
};

const fr: DocumentLabels = {
  profile: "Profil",
  contact: "Contact",
  experience: "Expérience",
  education: "Formation",
  competencies: "Compétences",
  languages: "Langues",
  evidence: "Compétences et preuves",
  annexes: "Annexes",
  present: "aujourd'hui",
  native: "Langue maternelle",
  months: [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
  ],
  category: {
    "know-how": "Savoir-faire",
    "soft-skill": "Savoir-être",
    language: "Langues",
    digital: "Numérique",
    knowledge: "Connaissances",
    other: "Autres",
  },
  kind: {
    job: "Emploi",
    internship: "Stage",
    volunteering: "Bénévolat",
    training: "Formation",
    education: "Études",
    project: "Projet",
    leisure: "Loisir",
    other: "Autre",
  },
  proofKind: {
    certificate: "Certificat",
    diploma: "Diplôme",
    attestation: "Attestation",
    photo: "Photo",
    "work-sample": "Réalisation",
    other: "Document",
  },
  portfolioTitle: (name) =>
    name ? `Portfolio de compétences – ${name}` : "Portfolio de compétences",
  backedBy: "Mis en œuvre :",
  proofsLabel: "Preuves :",
  noEvidence: "Aucune preuve liée pour l'instant.",
  issuedBy: (issuer) => `Délivré par ${issuer}`,
  annexOf: (index) => `Annexe ${index}`,
  unreadable: "Ce fichier n'a pas pu être lu : il n'est pas reproduit ici.",
  notDrawable: (mime) =>
    `Document ${mime === "application/pdf" ? "PDF" : "WebP"} conservé dans le portfolio : il ne peut pas être reproduit dans ce PDF.`,
  pdfFirstPageAlt: (alt) => `${alt} — première page du PDF joint`,
  photoAlt: (name) => `Photo de ${name}`,
  proofAlt: (title) => `Preuve : ${title}`,
  page: (page, total) => `Page ${page} sur ${total}`,
};

const en: DocumentLabels = {
  profile: "Profile",
  contact: "Contact",
  experience: "Experience",
  education: "Education and training",
  competencies: "Skills",
  languages: "Languages",
  evidence: "Skills and evidence",
  annexes: "Annexes",
  present: "present",
  native: "Native language",
  months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  category: {
    "know-how": "Know-how",
    "soft-skill": "Soft skills",
    language: "Languages",
    digital: "Digital",
    knowledge: "Knowledge",
    other: "Other",
  },
  kind: {
    job: "Job",
    internship: "Internship",
    volunteering: "Volunteering",
    training: "Training",
    education: "Education",
    project: "Project",
    leisure: "Leisure",
    other: "Other",
  },
  proofKind: {
    certificate: "Certificate",
    diploma: "Diploma",
    attestation: "Attestation",
    photo: "Photo",
    "work-sample": "Work sample",
    other: "Document",
  },
  portfolioTitle: (name) => (name ? `Skills portfolio – ${name}` : "Skills portfolio"),
  backedBy: "Used in:",
  proofsLabel: "Evidence:",
  noEvidence: "No evidence linked yet.",
  issuedBy: (issuer) => `Issued by ${issuer}`,
  annexOf: (index) => `Annex ${index}`,
  unreadable: "This file could not be read: it is not reproduced here.",
  notDrawable: (mime) =>
    `${mime === "application/pdf" ? "PDF" : "WebP"} document kept in the portfolio: it cannot be reproduced in this PDF.`,
  pdfFirstPageAlt: (alt) => `${alt} — first page of the attached PDF`,
  photoAlt: (name) => `Photo of ${name}`,
  proofAlt: (title) => `Evidence: ${title}`,
  page: (page, total) => `Page ${page} of ${total}`,
};

export function documentLabels(lang: Locale): DocumentLabels {
  return lang === "en" ? en : fr;
}
