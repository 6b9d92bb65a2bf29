import { defineMessages } from "../define";

/** Messages of the sync feature (French first; English must have the same keys). */
export const syncMessages = defineMessages({}, {});
