import { defineMessages } from "../define";

/** Messages of the reference feature (French first; English must have the same keys). */
export const referenceMessages = defineMessages({}, {});
