import { accountMessages } from "./account";
import { adviserMessages } from "./adviser";
import { competenciesMessages } from "./competencies";
import { cvsMessages } from "./cvs";
import { dataMessages } from "./data";
import { experiencesMessages } from "./experiences";
import { exportMessages } from "./export";
import { profileMessages } from "./profile";
import { proofsMessages } from "./proofs";
import { referenceMessages } from "./reference";
import { sharingMessages } from "./sharing";

/**
 * Every feature's messages, loaded with the first screen (not the shell) and registered into the
 * catalogues of ../index.ts. The sync messages are the shell's and load with it.
 */
export const featureFr = {
  ...experiencesMessages.fr,
  ...competenciesMessages.fr,
  ...cvsMessages.fr,
  ...accountMessages.fr,
  ...proofsMessages.fr,
  ...profileMessages.fr,
  ...referenceMessages.fr,
  ...dataMessages.fr,
  ...sharingMessages.fr,
  ...adviserMessages.fr,
  ...exportMessages.fr,
};

export const featureEn = {
  ...experiencesMessages.en,
  ...competenciesMessages.en,
  ...cvsMessages.en,
  ...accountMessages.en,
  ...proofsMessages.en,
  ...profileMessages.en,
  ...referenceMessages.en,
  ...dataMessages.en,
  ...sharingMessages.en,
  ...adviserMessages.en,
  ...exportMessages.en,
};
