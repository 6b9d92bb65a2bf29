import { digcompCompetences } from "./digcomp";
import { languages } from "./languages";
import { agricultureKnowHow } from "./sectors/agriculture";
import { constructionKnowHow } from "./sectors/construction";
import { craftsKnowHow } from "./sectors/crafts";
import { digitalKnowHow } from "./sectors/digital";
import { generalKnowHow } from "./sectors/general";
import { healthSocialKnowHow } from "./sectors/health-social";
import { industryKnowHow } from "./sectors/industry";
import { landscapingKnowHow } from "./sectors/landscaping";
import { woodKnowHow } from "./sectors/wood";
import { softSkills } from "./soft-skills";
import type { ReferenceEntry, StarterSector } from "./types";

export { type CefrLevel, cefrScale } from "./cefr";
export { digcompCompetences } from "./digcomp";
export { languages } from "./languages";
export { type SelfAssessedLevel, selfAssessedLevels } from "./levels";
export { normaliseForSearch } from "./normalise";
export {
  createReferenceIndex,
  type MatchTier,
  type ReferenceIndex,
  type ReferenceMatch,
  type ReferenceSearchOptions,
} from "./search";
export { softSkills } from "./soft-skills";
export * from "./types";

/** Know-how of the built-in reference, by sector. */
export const knowHowBySector: Record<StarterSector, readonly ReferenceEntry[]> = {
  agriculture: agricultureKnowHow,
  landscaping: landscapingKnowHow,
  wood: woodKnowHow,
  construction: constructionKnowHow,
  digital: digitalKnowHow,
  "health-social": healthSocialKnowHow,
  crafts: craftsKnowHow,
  industry: industryKnowHow,
  general: generalKnowHow,
};

/** The reference shipped with the app (French and English), searchable before any ESCO import. */
export const starterReference: readonly ReferenceEntry[] = [
  ...softSkills,
  ...digcompCompetences,
  ...languages,
  ...Object.values(knowHowBySector).flat(),
];
