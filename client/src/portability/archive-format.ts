import { z } from "zod/mini";

/** What skillfolio.json says it is; a reader refuses a version newer than it knows. */
export const ARCHIVE_FORMAT = "skillfolio-export";
export const ARCHIVE_VERSION = 1;
export const ARCHIVE_JSON = "skillfolio.json";
export const ARCHIVE_BLOB_FOLDER = "blobs/";

/**
 * The envelope of skillfolio.json. Records are checked one by one afterwards (a damaged record
 * is listed as unreadable, the rest still imports), so here they are only arrays of anything.
 */
export const archiveEnvelopeSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.number().check(z.int(), z.gte(1)),
  exportedAt: z.string(),
  records: z.object({
    profile: z.optional(z.array(z.unknown())),
    experience: z.optional(z.array(z.unknown())),
    competency: z.optional(z.array(z.unknown())),
    proof: z.optional(z.array(z.unknown())),
    cv: z.optional(z.array(z.unknown())),
  }),
});
