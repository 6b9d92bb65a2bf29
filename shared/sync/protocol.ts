/**
 * The sync wire format (docs/sync-protocol.md): push a client's outbox, pull the owner's changes
 * since a cookie. Shared by the client's sync engine and the server's routes.
 */
import { z } from "zod/mini";

/** Bumped when the meaning of the wire format changes; the server refuses clients it cannot serve. */
export const SYNC_SCHEMA_VERSION = 1;
export const MAX_MUTATIONS_PER_PUSH = 100;
/** A push's mutations in JSON stay under this, half the server's 1 MiB body limit. */
export const MAX_PUSH_BYTES = 512 * 1024;
export const MAX_PULL_LIMIT = 1000;
export const DEFAULT_PULL_LIMIT = 500;

export const syncTables = ["profile", "experience", "competency", "proof", "cv"] as const;
export const syncTableSchema = z.enum(syncTables);
export type SyncTable = z.infer<typeof syncTableSchema>;

export const mutationOps = ["put", "patch", "delete", "restore"] as const;
export type MutationOp = (typeof mutationOps)[number];

export const mutationSchema = z.object({
  /** Per-client, increasing by one from 1. */
  id: z.number().check(z.int(), z.gte(1)),
  table: syncTableSchema,
  key: z.uuid(),
  op: z.enum(mutationOps),
  /** The record's version the client had when it made the change (0: it had none). */
  baseVersion: z.number().check(z.int(), z.gte(0)),
  /** Only the fields changed (camelCase); empty for a delete. */
  changes: z.record(z.string(), z.unknown()),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({
  clientId: z.uuid(),
  schemaVersion: z.number().check(z.int()),
  mutations: z.array(mutationSchema).check(z.maxLength(MAX_MUTATIONS_PER_PUSH)),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const rejectionCodes = ["invalid_changes", "not_found", "forbidden"] as const;
export const rejectionSchema = z.object({
  id: z.number(),
  code: z.enum(rejectionCodes),
  message: z.string(),
});
export type Rejection = z.infer<typeof rejectionSchema>;

export const pushResponseSchema = z.object({
  lastMutationId: z.number(),
  rejections: z.array(rejectionSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullRequestSchema = z.object({
  clientId: z.uuid(),
  cookie: z.nullable(z.number().check(z.int(), z.gte(0))),
  limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(MAX_PULL_LIMIT))),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

export const pulledChangeSchema = z.object({
  table: syncTableSchema,
  key: z.uuid(),
  version: z.number(),
  deleted: z.boolean(),
  /** The whole record as the server holds it (fields and sync columns), tombstones included. */
  record: z.record(z.string(), z.unknown()),
});
export type PulledChange = z.infer<typeof pulledChangeSchema>;

export const pullResponseSchema = z.object({
  cookie: z.number(),
  lastMutationId: z.number(),
  hasMore: z.boolean(),
  /** True when the client's cookie predates purged tombstones: drop what was pulled before. */
  reset: z.boolean(),
  changes: z.array(pulledChangeSchema),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;
