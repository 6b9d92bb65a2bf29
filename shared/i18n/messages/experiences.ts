import { defineMessages } from "../define";

/** Messages of the experiences feature (French first; English must have the same keys). */
export const experiencesMessages = defineMessages({}, {});
