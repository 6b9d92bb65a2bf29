import type { z } from "zod/mini";
import { jsonEqual } from "./equal";
import { fieldSchemas } from "./fields";
import type { Mutation, SyncTable } from "./protocol";

/** The bookkeeping key under which `fieldVersions` remembers who deleted or restored a record. */
export const DELETED = "$deleted";

/** Per field: the owner version at which it last changed and the client that changed it. */
export type FieldVersions = Record<string, { v: number; c: string }>;

/** A synced record as the merge sees it: its editable fields and its sync bookkeeping. */
export type StoredRecord = {
  fields: Record<string, unknown>;
  fieldVersions: FieldVersions;
  version: number;
  deleted: boolean;
};

export type LostValue = { field: string; losingValue: unknown; winningValue: unknown };

export type MergeOutcome =
  | { kind: "applied"; record: StoredRecord; lost: LostValue[] }
  | { kind: "unchanged"; lost: LostValue[] }
  | { kind: "rejected"; code: "invalid_changes" | "not_found"; message: string };

/**
 * The per-field conflict rule (docs/sync-protocol.md), pure so that client tests and the server
 * share it.
 *
 * - A field of `changes` is taken unless another client changed that field on the server after
 *   the mutation's `baseVersion`; then the server's value stays and the losing value is reported
 *   so the person can review it. A client never conflicts with its own earlier writes, and fields
 *   touched by only one side merge.
 * - `put` creates the record (every field required) or, if it exists, writes the listed fields.
 *   `patch` writes the listed fields of an existing record.
 * - Delete wins: a delete tombstones the record whatever happened meanwhile, and edits that arrive
 *   for a tombstone are dropped and reported as lost. `restore` takes a delete back, but only from
 *   the client that deleted or one that had seen the delete (its baseVersion is not older), so an
 *   undo never resurrects a record that another device deleted unseen.
 * - The merged record must still satisfy the entity schema, or the mutation is rejected whole.
 *
 * No device clock is consulted: only versions assigned by the server.
 */
export function mergeMutation(
  table: SyncTable,
  current: StoredRecord | null,
  mutation: Pick<Mutation, "op" | "baseVersion" | "changes">,
  clientId: string,
  newVersion: number,
): MergeOutcome {
  const schema = fieldSchemas[table];
  const known = new Set(Object.keys(schema.shape));
  const unknownFields = Object.keys(mutation.changes).filter((field) => !known.has(field));
  if (unknownFields.length > 0) {
    return {
      kind: "rejected",
      code: "invalid_changes",
      message: `Unknown field(s): ${unknownFields.join(", ")}`,
    };
  }

  if (mutation.op === "delete") {
    if (!current) return { kind: "unchanged", lost: [] };
    if (current.deleted) return { kind: "unchanged", lost: [] };
    const fieldVersions = { ...current.fieldVersions, [DELETED]: { v: newVersion, c: clientId } };
    return {
      kind: "applied",
      record: { ...current, fieldVersions, deleted: true, version: newVersion },
      lost: [],
    };
  }

  if (mutation.op === "restore") {
    if (!current)
      return { kind: "rejected", code: "not_found", message: "No such record to restore." };
    if (!current.deleted) return { kind: "unchanged", lost: [] };
    const deletion = current.fieldVersions[DELETED];
    const sawTheDelete = !deletion || deletion.c === clientId || deletion.v <= mutation.baseVersion;
    if (!sawTheDelete) {
      return {
        kind: "unchanged",
        lost: [{ field: DELETED, losingValue: false, winningValue: true }],
      };
    }
    const fieldVersions = { ...current.fieldVersions, [DELETED]: { v: newVersion, c: clientId } };
    return {
      kind: "applied",
      record: { ...current, fieldVersions, deleted: false, version: newVersion },
      lost: [],
    };
  }

  if (!current) {
    if (mutation.op === "patch") {
      return { kind: "rejected", code: "not_found", message: "No such record to change." };
    }
    const parsed = schema.safeParse(mutation.changes);
    if (!parsed.success)
      return { kind: "rejected", code: "invalid_changes", message: describeIssues(parsed.error) };
    const fields: Record<string, unknown> = parsed.data;
    const fieldVersions: FieldVersions = {};
    for (const field of Object.keys(fields)) fieldVersions[field] = { v: newVersion, c: clientId };
    return {
      kind: "applied",
      record: { fields, fieldVersions, version: newVersion, deleted: false },
      lost: [],
    };
  }

  if (current.deleted) {
    const lost = Object.entries(mutation.changes).map(([field, losingValue]) => ({
      field,
      losingValue,
      winningValue: null,
    }));
    const refused = refusedLosingValue(schema, lost);
    if (refused) return refused;
    return { kind: "unchanged", lost };
  }

  const fields = { ...current.fields };
  const fieldVersions = { ...current.fieldVersions };
  const lost: LostValue[] = [];
  let changed = false;
  for (const [field, value] of Object.entries(mutation.changes)) {
    const last = current.fieldVersions[field];
    const changedByOtherSince =
      last !== undefined && last.v > mutation.baseVersion && last.c !== clientId;
    if (changedByOtherSince) {
      if (!jsonEqual(fields[field], value))
        lost.push({ field, losingValue: value, winningValue: fields[field] });
      continue;
    }
    fields[field] = value;
    fieldVersions[field] = { v: newVersion, c: clientId };
    changed = true;
  }
  const refused = refusedLosingValue(schema, lost);
  if (refused) return refused;
  if (!changed) return { kind: "unchanged", lost };
  const parsed = schema.safeParse(fields);
  if (!parsed.success)
    return { kind: "rejected", code: "invalid_changes", message: describeIssues(parsed.error) };
  return {
    kind: "applied",
    record: { fields: parsed.data, fieldVersions, version: newVersion, deleted: false },
    lost,
  };
}

/**
 * A losing value is kept for the person to review and served back to their devices, so it must be
 * a value its field accepts, like any value that is applied.
 */
function refusedLosingValue(
  schema: (typeof fieldSchemas)[SyncTable],
  lost: LostValue[],
): MergeOutcome | null {
  const shape: Record<string, z.ZodMiniType> = schema.shape;
  for (const { field, losingValue } of lost) {
    const parsed = shape[field]?.safeParse(losingValue);
    if (parsed && !parsed.success) {
      return {
        kind: "rejected",
        code: "invalid_changes",
        message: describeIssues(parsed.error, field),
      };
    }
  }
  return null;
}

function describeIssues(error: z.core.$ZodError, within = ""): string {
  return error.issues
    .slice(0, 5)
    .map(
      (issue) =>
        `${[within, ...issue.path].filter(String).join(".") || "record"}: ${issue.message}`,
    )
    .join("; ");
}
