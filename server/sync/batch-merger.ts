import { uuidv7 } from "../../shared/ids";
import { mergeMutation, type StoredRecord } from "../../shared/sync/merge";
import type { Mutation, Rejection } from "../../shared/sync/protocol";
import type { conflicts } from "../db/schema";
import { jsonBoundsViolation } from "../http/json-bounds";

/** A row being merged: its sync columns and its fields, loaded once per push and written once. */
export type RowState = {
  ownerId: string;
  record: StoredRecord;
  dirty: boolean;
};

export type ConflictRow = typeof conflicts.$inferInsert;
/** Told of each mutation that failed for a reason other than its validation (for the log). */
export type MutationFailure = (error: unknown, mutationId: number) => void;

export const unstorable = (id: number): Rejection => ({
  id,
  code: "invalid_changes",
  message: "The server could not store this change.",
});

/** Merges one mutation at a time against the rows as the batch has left them so far. */
export class BatchMerger {
  constructor(
    readonly ownerId: string,
    readonly clientId: string,
    readonly newVersion: number,
  ) {}

  merge(
    mutation: Mutation,
    rows: Map<string, RowState>,
    onFailure: MutationFailure,
  ): { rejection: Rejection } | { slot: string; row: RowState | null; lost: ConflictRow[] } {
    const slot = `${mutation.table}:${mutation.key}`;
    const state = rows.get(slot);
    if (state && state.ownerId !== this.ownerId) {
      return { rejection: { id: mutation.id, code: "not_found", message: "No such record." } };
    }
    if (mutation.table === "profile" && mutation.key !== this.ownerId) {
      return {
        rejection: {
          id: mutation.id,
          code: "forbidden",
          message: "A profile's key is its owner's id.",
        },
      };
    }
    // The push route left each mutation's changes to be bounded here, so that they are its own.
    const violation = jsonBoundsViolation(mutation.changes);
    if (violation) {
      const where = violation.path ? ` (${violation.path})` : "";
      return {
        rejection: { id: mutation.id, code: "invalid_changes", message: violation.message + where },
      };
    }
    let outcome: ReturnType<typeof mergeMutation>;
    try {
      outcome = mergeMutation(
        mutation.table,
        state?.record ?? null,
        mutation,
        this.clientId,
        this.newVersion,
      );
    } catch (error) {
      onFailure(error, mutation.id);
      return { rejection: unstorable(mutation.id) };
    }
    if (outcome.kind === "rejected") {
      return { rejection: { id: mutation.id, code: outcome.code, message: outcome.message } };
    }
    const lost = outcome.lost.map(
      (value): ConflictRow => ({
        id: uuidv7(),
        ownerId: this.ownerId,
        table: mutation.table,
        recordId: mutation.key,
        field: value.field,
        losingValue: value.losingValue,
        winningValue: value.winningValue,
        losingClientId: this.clientId,
      }),
    );
    const row =
      outcome.kind === "applied"
        ? { ownerId: this.ownerId, record: outcome.record, dirty: true }
        : null;
    return { slot, row, lost };
  }
}
