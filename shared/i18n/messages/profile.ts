import { defineMessages } from "../define";

/** Messages of the profile feature (French first; English must have the same keys). */
export const profileMessages = defineMessages({}, {});
