// Sample portfolios for the PDF tests and the bench: Unicode names everywhere, partial dates.
import type { Competency } from "../../../../shared/schemas/competency";
import type { CvFields } from "../../../../shared/schemas/cv";
import type { Experience, ExperienceKind } from "../../../../shared/schemas/experience";
import type { ProfileFields } from "../../../../shared/schemas/profile";
import type { BlobRef, Proof } from "../../../../shared/schemas/proof";
import type { PortfolioRecords } from "../cv-document";

const owner = "01900000-0000-7000-8000-000000000000";
let counter = 0;
const nextId = () => {
  counter += 1;
  return `01900000-0000-7000-8000-${counter.toString(16).padStart(12, "0")}`;
};
const sync = () => ({
  id: nextId(),
  ownerId: owner,
  version: 1,
  deleted: false,
  updatedAt: "2025-01-01T00:00:00.000Z",
});

export const sampleProfile: ProfileFields = {
  firstName: "Ελένη",
  lastName: "Dvořák-Straße",
  headline: "Boulangère-pâtissière, cuisine collective",
  email: "eleni@example.org",
  phone: "+33 6 12 34 56 78",
  address: "12 rue de l'Œuvre",
  city: "Łódź",
  birthDate: null,
  summary:
    "Dix ans de fournil, de la pâte feuilletée au pain au levain.\n\nJe cherche un poste en équipe, près de Lyon.",
  photo: null,
  languages: [
    { language: "Français", level: "native" },
    { language: "Ελληνικά", level: "C1" },
  ],
  locale: "fr",
};

export function experience(fields: Partial<Experience> & { title: string }): Experience {
  return {
    ...sync(),
    kind: "job" as ExperienceKind,
    organisation: "",
    location: "",
    startDate: null,
    endDate: null,
    description: "",
    activities: [],
    tags: [],
    ...fields,
  };
}

export function competency(fields: Partial<Competency> & { label: string }): Competency {
  return {
    ...sync(),
    reference: null,
    category: "know-how",
    level: null,
    note: "",
    evidence: { experienceIds: [], proofIds: [] },
    ...fields,
  };
}

export function proof(fields: Partial<Proof> & { title: string; blob: BlobRef }): Proof {
  return { ...sync(), kind: "certificate", issuer: "", date: null, experienceIds: [], ...fields };
}

/** A two-page CV's worth: 8 experiences with descriptions and activities, 12 competencies. */
export function sampleCvPortfolio(): { records: PortfolioRecords; cv: CvFields } {
  const places = [
    "Ærøskøbing",
    "Łódź",
    "Brno",
    "München – Straße 5",
    "Θεσσαλονίκη",
    "Lyon",
    "Kraków",
    "Plzeň",
  ];
  const experiences = places.map((place, index) =>
    experience({
      kind: index === 6 ? "education" : index === 7 ? "training" : "job",
      title: `Poste ${index + 1} – ${["Boulangère", "Pâtissière", "Cheffe de partie", "Commis", "Tourière", "Vendeuse", "CAP Boulanger", "Formation HACCP"][index]}`,
      organisation: `Maison ${["Dvořák", "Żółć", "Čapek", "Groß", "Παπαδόπουλος", "Mérieux", "Wiśniewska", "Řehoř"][index]}`,
      location: place,
      startDate: `${2010 + index}-0${(index % 9) + 1}`,
      endDate: index === 0 ? null : `${2011 + index}`,
      description:
        "Fabrication quotidienne des pains et viennoiseries, gestion des commandes et des stocks, accueil des apprentis. ".repeat(
          2,
        ),
      activities: [
        "Pétrissage et façonnage",
        "Cuisson au four à sole",
        "Hygiène HACCP, traçabilité",
      ],
    }),
  );
  const labels = [
    ["Pâte feuilletée", "know-how", 4],
    ["Pain au levain", "know-how", 3],
    ["Décoration en sucre", "know-how", 2],
    ["Travail en équipe", "soft-skill", 3],
    ["Ponctualité", "soft-skill", 4],
    ["Tableur", "digital", 2],
    ["Caisse enregistreuse", "digital", 3],
    ["Règles d'hygiène", "knowledge", 3],
    ["Allergènes", "knowledge", 2],
    ["Anglais", "language", 4],
    ["Polski", "language", 2],
    ["Permis B", "other", null],
  ] as const;
  const competencies = labels.map(([label, category, level]) =>
    competency({ label, category, level }),
  );
  const cv: CvFields = {
    title: "Boulangerie Lyon",
    language: "fr",
    template: "classic",
    experienceIds: experiences.map((entry) => entry.id),
    competencyIds: competencies.map((entry) => entry.id),
    headline: null,
    summary: null,
  };
  return {
    records: { profile: sampleProfile, experiences, competencies, proofs: [] },
    cv,
  };
}

/** The portfolio of the bench and the long-document test: n experiences, images as proofs. */
export function largePortfolio(experienceCount: number, proofBlobs: BlobRef[]): PortfolioRecords {
  const experiences = Array.from({ length: experienceCount }, (_, index) =>
    experience({
      kind: (["job", "internship", "volunteering", "training", "project"] as const)[index % 5],
      title: `Expérience ${index + 1} – Łódź Ærøskøbing Dvořák`,
      organisation: `Organisation ${index + 1}`,
      location: index % 2 ? "Straße 12, Berlin" : "Θεσσαλονίκη",
      startDate: `${1980 + (index % 40)}-${String((index % 12) + 1).padStart(2, "0")}`,
      endDate: index % 7 === 0 ? null : `${1981 + (index % 40)}`,
      description:
        "Une description de quelques lignes, avec des accents et des ligatures : œuvre, cœur. ".repeat(
          1 + (index % 4),
        ),
      activities: Array.from({ length: 1 + (index % 5) }, (_, item) => `Activité ${item + 1}`),
    }),
  );
  const proofs = proofBlobs.map((blob, index) =>
    proof({
      title: `Attestation ${index + 1}`,
      issuer: "Pôle emploi",
      date: `20${String(10 + index).padStart(2, "0")}-06`,
      blob,
      experienceIds: [experiences[index % experiences.length]?.id ?? ""].filter(Boolean),
    }),
  );
  const competencies = Array.from({ length: 24 }, (_, index) =>
    competency({
      label: `Compétence ${index + 1}`,
      category: (["know-how", "soft-skill", "digital", "knowledge"] as const)[index % 4],
      level: (index % 4) + 1,
      evidence: {
        experienceIds: experiences.slice(index, index + 2).map((entry) => entry.id),
        proofIds: proofs
          .slice(index % Math.max(proofs.length, 1), (index % Math.max(proofs.length, 1)) + 1)
          .map((entry) => entry.id),
      },
    }),
  );
  return { profile: sampleProfile, experiences, competencies, proofs };
}
