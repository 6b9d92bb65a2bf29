// A shared portfolio as the adviser route answers it, for the adviser screens' tests.
import type { BlobRef } from "../../../../../shared/schemas/proof";
import {
  type HideableField,
  type SharedPortfolio,
  sharedPortfolioSchema,
} from "../../../../../shared/schemas/sharing";
import { competency, experience, proof } from "../../../pdf/testing/sample-portfolio";

const OWNER = "01900000-0000-7000-8000-0000000000aa";
export const SHARE_ID = "01900000-0000-7000-8000-0000000000bb";
const CV_ID = "01900000-0000-7000-8000-0000000000cc";

const blobRef = (digit: string): BlobRef => ({
  sha256: digit.repeat(64),
  size: 120,
  mime: "image/png",
});
export const photoBlob = blobRef("a");
/** A proof image the server holds. */
export const certificateBlob = blobRef("b");
/** A proof image the server no longer answers for (404). */
export const missingBlob = blobRef("c");

/** What the person hid, and the values that must never reach the adviser's screen or PDF. */
export const privateValues = {
  phone: "+33 6 11 22 33 44",
  address: "3 rue des Lilas",
  birthDate: "1999-04-12",
} as const;

/**
 * Camille's portfolio, shared with `hiddenFields` hidden. `emptied: false` keeps the hidden values
 * in (a copy the server should never send), to prove the client hides them on its own too.
 */
export function sharedPortfolio({
  scope = "portfolio",
  hiddenFields = [],
  emptied = true,
}: {
  scope?: "portfolio" | "cv";
  hiddenFields?: HideableField[];
  emptied?: boolean;
} = {}): SharedPortfolio {
  const hides = (field: HideableField) => emptied && hiddenFields.includes(field);
  const bakery = experience({
    title: "Vendeuse en boulangerie",
    organisation: "Maison Pain",
    startDate: "2021",
    description: "Vente et encaissement.",
  });
  const school = experience({ title: "CAP Boulanger", kind: "education", startDate: "2019" });
  const certificate = proof({ title: "Attestation de stage", blob: certificateBlob });
  const lost = proof({ title: "Photo de vitrine", kind: "photo", blob: missingBlob });
  const welcome = competency({
    label: "Accueillir la clientèle",
    category: "soft-skill",
    evidence: { experienceIds: [bakery.id], proofIds: [certificate.id, lost.id] },
  });
  const sync = {
    ownerId: OWNER,
    version: 1,
    deleted: false,
    updatedAt: "2026-01-05T10:00:00.000Z",
  };
  return sharedPortfolioSchema.parse({
    share: {
      id: SHARE_ID,
      scope,
      cvId: scope === "cv" ? CV_ID : null,
      expiresAt: "2027-03-01T22:59:59.000Z",
      hiddenFields,
    },
    owner: { id: OWNER, displayName: "Camille Dupont" },
    profile: {
      ...sync,
      id: OWNER,
      firstName: "Camille",
      lastName: "Dupont",
      headline: "Vendeuse",
      email: "camille@example.fr",
      phone: hides("phone") ? "" : privateValues.phone,
      address: hides("address") ? "" : privateValues.address,
      city: "Lyon",
      birthDate: hides("birthDate") ? null : privateValues.birthDate,
      summary: "J’aime le contact avec la clientèle.",
      photo: hides("photo") ? null : photoBlob,
      languages: [],
      locale: "fr",
    },
    experiences: [bakery, school],
    competencies: [welcome],
    proofs: [certificate, lost],
    cvs:
      scope === "cv"
        ? [
            {
              ...sync,
              id: CV_ID,
              title: "CV vente",
              language: "en",
              template: "two-column",
              experienceIds: [bakery.id],
              competencyIds: [welcome.id],
              headline: "Bakery sales assistant",
              summary: null,
            },
          ]
        : [],
  });
}
