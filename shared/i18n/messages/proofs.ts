import { defineMessages } from "../define";

/** Messages of the proofs feature (French first; English must have the same keys). */
export const proofsMessages = defineMessages({}, {});
