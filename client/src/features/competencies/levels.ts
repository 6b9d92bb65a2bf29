import type { Locale } from "../../../../shared/schemas/common";
import type { CompetencyCategory } from "../../../../shared/schemas/competency";
import { cefrScale } from "../../../../shared/taxonomy/cefr";
import { selfAssessedLevels } from "../../../../shared/taxonomy/levels";

export type LevelChoice = { value: number; label: string; description: string };

/** The levels a person chooses from: CEFR A1–C2 (1–6) for a language, the 1–4 scale otherwise. */
export function levelChoices(category: CompetencyCategory, locale: Locale): LevelChoice[] {
  const scale = category === "language" ? cefrScale : selfAssessedLevels;
  return scale.map((level) => ({
    value: level.value,
    label: level.label[locale],
    description: level.description[locale],
  }));
}

/** The level in words, or null when none was chosen (or it does not fit the category). */
export function levelOf(
  category: CompetencyCategory,
  level: number | null,
  locale: Locale,
): LevelChoice | null {
  if (level === null) return null;
  return levelChoices(category, locale).find((choice) => choice.value === level) ?? null;
}

/** Whether `level` is on the category's scale (a language's C1 is not a level 5 of 4). */
export function levelFits(category: CompetencyCategory, level: number | null): boolean {
  return level === null || level <= (category === "language" ? 6 : 4);
}

/** The reference a competency comes from, as named to the person (unknown schemes read as ours). */
export function schemeKey(scheme: string): "skillfolio" | "digcomp" | "cefr" | "esco" {
  return scheme === "digcomp" || scheme === "cefr" || scheme === "esco" ? scheme : "skillfolio";
}
