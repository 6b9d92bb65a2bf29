import { competenciesMessages } from "./competencies";
import { experiencesMessages } from "./experiences";
import { profileMessages } from "./profile";
import { proofsMessages } from "./proofs";
import { referenceMessages } from "./reference";
import { syncMessages } from "./sync";

/** Every feature's messages, merged into the French and English catalogues by ../index.ts. */
export const featureFr = {
  ...experiencesMessages.fr,
  ...competenciesMessages.fr,
  ...proofsMessages.fr,
  ...profileMessages.fr,
  ...referenceMessages.fr,
  ...syncMessages.fr,
};

export const featureEn = {
  ...experiencesMessages.en,
  ...competenciesMessages.en,
  ...proofsMessages.en,
  ...profileMessages.en,
  ...referenceMessages.en,
  ...syncMessages.en,
};
