import { z } from "zod/mini";
import { idSchema, lineSchema, optionalLineSchema, partialDateSchema, syncColumns } from "./common";

export const MAX_BLOB_BYTES = 10 * 1024 * 1024;
export const blobMimeTypes = ["application/pdf", "image/jpeg", "image/png", "image/webp"] as const;
export const blobMimeSchema = z.enum(blobMimeTypes);
export type BlobMime = z.infer<typeof blobMimeSchema>;

export const sha256Schema = z
  .string()
  .check(z.regex(/^[0-9a-f]{64}$/, "Expected a lower-case hex SHA-256"));

/** A pointer to content-addressed bytes (docs/sync-protocol.md, "Blobs"). */
export const blobRefSchema = z.object({
  sha256: sha256Schema,
  size: z.number().check(z.int(), z.gte(1), z.lte(MAX_BLOB_BYTES)),
  mime: blobMimeSchema,
});
export type BlobRef = z.infer<typeof blobRefSchema>;

export const proofKinds = [
  "certificate",
  "diploma",
  "attestation",
  "photo",
  "work-sample",
  "other",
] as const;
export const proofKindSchema = z.enum(proofKinds);
export type ProofKind = z.infer<typeof proofKindSchema>;

export const proofFieldsSchema = z.object({
  title: lineSchema(200),
  kind: proofKindSchema,
  issuer: optionalLineSchema(200),
  date: z.nullable(partialDateSchema),
  blob: blobRefSchema,
  /** Experiences this document comes from; its competencies are in competency.evidence.proofIds. */
  experienceIds: z.array(idSchema).check(z.maxLength(200)),
});
export type ProofFields = z.infer<typeof proofFieldsSchema>;

export const proofSchema = z.extend(proofFieldsSchema, syncColumns);
export type Proof = z.infer<typeof proofSchema>;
