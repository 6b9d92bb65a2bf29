import type { CompetencyCategory } from "../schemas/competency";
import type { LocalisedLabel, ReferenceEntry, ReferenceScheme, StarterSector } from "./types";

/** A preferred label followed by its synonyms, in one language. */
export type LabelList = readonly [string, ...string[]];

/** A starter-reference entry maker for one group: fixed scheme, code prefix, category and sector. */
export function entryMaker(group: {
  scheme?: ReferenceScheme;
  codePrefix: string;
  category: CompetencyCategory;
  sector?: StarterSector;
}) {
  return (
    slug: string,
    [fr, ...frAlt]: LabelList,
    [en, ...enAlt]: LabelList,
    description?: LocalisedLabel,
  ): ReferenceEntry => ({
    scheme: group.scheme ?? "skillfolio",
    code: `${group.codePrefix}.${slug}`,
    uri: null,
    category: group.category,
    sector: group.sector ?? null,
    labels: { fr, en },
    altLabels: { fr: frAlt, en: enAlt },
    ...(description === undefined ? {} : { description }),
  });
}
