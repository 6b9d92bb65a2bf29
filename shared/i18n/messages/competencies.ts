import { defineMessages } from "../define";

/** Messages of the competencies feature (French first; English must have the same keys). */
export const competenciesMessages = defineMessages({}, {});
