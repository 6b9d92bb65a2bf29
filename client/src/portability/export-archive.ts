import { strToU8, type Zippable, zipSync } from "fflate";
import type { BlobRef } from "../../../shared/schemas/proof";
import { readBlobBytes } from "../blobs/blob-fetcher";
import { db, type SkillfolioDatabase } from "../db/database";
import {
  ARCHIVE_BLOB_FOLDER,
  ARCHIVE_FORMAT,
  ARCHIVE_JSON,
  ARCHIVE_VERSION,
} from "./archive-format";
import { type PortfolioData, readPortfolio } from "./portfolio-data";

export type ExportArchive = {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
  /** Files of proofs or photo neither on this device nor downloadable now (offline). */
  missingFiles: number;
  /** Whether the server's copy of the account (shares, comments, access log) is in it. */
  withAccount: boolean;
  counts: Record<"experience" | "competency" | "proof" | "cv", number>;
};

/** The server's own record of the account, `GET /api/account/export`, kept as it came. */
export const ACCOUNT_JSON = "account.json";

const readme = (exportedAt: string, missing: number, withAccount: boolean) =>
  [
    "Skillfolio – all my data / toutes mes données",
    `Exported / exporté le : ${exportedAt}`,
    "",
    `${ARCHIVE_JSON}: every record (profile, experiences, competencies, proofs, CVs) as JSON,`,
    `format "${ARCHIVE_FORMAT}" version ${ARCHIVE_VERSION}. ${ARCHIVE_BLOB_FOLDER}<sha256>: the files of`,
    "proofs and the photo, named by the SHA-256 of their bytes.",
    "Import this zip in Skillfolio (Account › My data) to restore it, in this account or another.",
    withAccount
      ? `${ACCOUNT_JSON}: what the server holds about the account itself: shares with advisers, their comments, the access log.`
      : `${ACCOUNT_JSON} is missing: exported offline, without the shares, comments and access log kept by the server.`,
    "",
    `${ARCHIVE_JSON} : toutes les fiches en JSON ; ${ARCHIVE_BLOB_FOLDER} : les fichiers des preuves et la photo.`,
    "Importez ce zip dans Skillfolio (Compte › Mes données) pour tout retrouver, ici ou ailleurs.",
    withAccount
      ? `${ACCOUNT_JSON} : ce que le serveur garde du compte lui-même : partages, commentaires, journal des accès.`
      : `${ACCOUNT_JSON} absent : export fait hors connexion, sans les partages, commentaires et journal des accès.`,
    missing > 0
      ? `\n${missing} file(s) could not be included (not on this device) / fichier(s) absent(s) de cet appareil.`
      : "",
  ].join("\n");

/** The files a portfolio points to: each proof's and the profile photo, once per hash. */
export function blobRefsOf(portfolio: PortfolioData): BlobRef[] {
  const refs = new Map<string, BlobRef>();
  for (const proof of portfolio.proofs) refs.set(proof.blob.sha256, proof.blob);
  if (portfolio.profile?.photo) refs.set(portfolio.profile.photo.sha256, portfolio.profile.photo);
  return [...refs.values()];
}

/**
 * "Download all my data": one zip with skillfolio.json (every live record, as read through the
 * shared schemas), blobs/<sha256> for every file, and a README. Files already compressed
 * (JPEG, PDF) are stored as they are; the JSON is deflated.
 */
export async function buildExportArchive(
  database: SkillfolioDatabase = db,
  now = new Date(),
  /** The server's copy of the account when it could be fetched (online), else null. */
  account: unknown = null,
): Promise<ExportArchive> {
  const portfolio = await readPortfolio(database);
  const exportedAt = now.toISOString();
  const files: Zippable = {};
  let missingFiles = 0;
  for (const ref of blobRefsOf(portfolio)) {
    const bytes = await readBlobBytes(ref.sha256, database);
    if (!bytes) {
      missingFiles++;
      continue;
    }
    files[`${ARCHIVE_BLOB_FOLDER}${ref.sha256}`] = [new Uint8Array(bytes), { level: 0 }];
  }
  const document = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt,
    records: {
      profile: portfolio.profile ? [portfolio.profile] : [],
      experience: portfolio.experiences,
      competency: portfolio.competencies,
      proof: portfolio.proofs,
      cv: portfolio.cvs,
    },
  };
  files[ARCHIVE_JSON] = [strToU8(JSON.stringify(document, null, 2)), { level: 6 }];
  const withAccount = account !== null;
  if (withAccount) files[ACCOUNT_JSON] = [strToU8(JSON.stringify(account, null, 2)), { level: 6 }];
  files["README.txt"] = [strToU8(readme(exportedAt, missingFiles, withAccount)), { level: 6 }];
  return {
    bytes: zipSync(files, { mtime: now }),
    fileName: `skillfolio-${exportedAt.slice(0, 10)}.zip`,
    missingFiles,
    withAccount,
    counts: {
      experience: portfolio.experiences.length,
      competency: portfolio.competencies.length,
      proof: portfolio.proofs.length,
      cv: portfolio.cvs.length,
    },
  };
}
