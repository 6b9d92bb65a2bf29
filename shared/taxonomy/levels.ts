import type { LocalisedLabel } from "./types";

export interface SelfAssessedLevel {
  value: 1 | 2 | 3 | 4;
  label: LocalisedLabel;
  /** Shown to the person choosing a level: what they can do, in their words. */
  description: LocalisedLabel;
}

/** The 1–4 self-assessment scale for every competency that is not a language. */
export const selfAssessedLevels: readonly SelfAssessedLevel[] = [
  {
    value: 1,
    label: { fr: "Débutant·e", en: "Beginner" },
    description: { fr: "Je l'ai fait avec de l'aide.", en: "I have done it with help." },
  },
  {
    value: 2,
    label: { fr: "Je me débrouille", en: "Getting by" },
    description: {
      fr: "Je le fais seul·e dans des situations simples.",
      en: "I do it on my own in simple situations.",
    },
  },
  {
    value: 3,
    label: { fr: "Autonome", en: "Independent" },
    description: {
      fr: "Je le fais seul·e, y compris dans des situations difficiles.",
      en: "I do it on my own, even in difficult situations.",
    },
  },
  {
    value: 4,
    label: { fr: "Expert·e", en: "Expert" },
    description: {
      fr: "Je peux l'enseigner, on vient me demander conseil.",
      en: "I can teach it; people come to me for advice.",
    },
  },
];
