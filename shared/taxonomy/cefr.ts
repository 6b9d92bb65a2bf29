import type { cefrLevels } from "../schemas/competency";
import type { LocalisedLabel } from "./types";

export interface CefrLevel {
  level: (typeof cefrLevels)[number];
  /** The competency `level` value for a language: A1 is 1, C2 is 6. */
  value: 1 | 2 | 3 | 4 | 5 | 6;
  label: LocalisedLabel;
  /** Shown to the person choosing a level: one plain sentence, in the first person. */
  description: LocalisedLabel;
}

/** The six levels of the Common European Framework of Reference for Languages (CEFR / CECRL). */
export const cefrScale: readonly CefrLevel[] = [
  {
    level: "A1",
    value: 1,
    label: { fr: "A1 · Débutant", en: "A1 · Beginner" },
    description: {
      fr: "Je comprends et j'utilise des expressions familières et des phrases très simples.",
      en: "I understand and use familiar everyday expressions and very simple sentences.",
    },
  },
  {
    level: "A2",
    value: 2,
    label: { fr: "A2 · Élémentaire", en: "A2 · Elementary" },
    description: {
      fr: "Je me débrouille au quotidien : faire des courses, parler de moi, de mon travail.",
      en: "I get by in daily life: shopping, talking about myself and my work.",
    },
  },
  {
    level: "B1",
    value: 3,
    label: { fr: "B1 · Intermédiaire", en: "B1 · Intermediate" },
    description: {
      fr: "Je raconte ce qui s'est passé, je donne mon avis et je comprends l'essentiel au travail.",
      en: "I can tell what happened, give my opinion and follow the main points at work.",
    },
  },
  {
    level: "B2",
    value: 4,
    label: { fr: "B2 · Indépendant", en: "B2 · Upper intermediate" },
    description: {
      fr: "Je discute avec aisance, même avec des natifs, et je comprends des textes longs.",
      en: "I talk with ease, even with native speakers, and understand long texts.",
    },
  },
  {
    level: "C1",
    value: 5,
    label: { fr: "C1 · Avancé", en: "C1 · Advanced" },
    description: {
      fr: "Je m'exprime couramment et avec précision, y compris au travail ou en formation.",
      en: "I express myself fluently and precisely, including at work or in training.",
    },
  },
  {
    level: "C2",
    value: 6,
    label: { fr: "C2 · Maîtrise", en: "C2 · Proficient" },
    description: {
      fr: "Je comprends presque tout sans effort et je m'exprime avec toutes les nuances.",
      en: "I understand almost everything with ease and express every shade of meaning.",
    },
  },
];
