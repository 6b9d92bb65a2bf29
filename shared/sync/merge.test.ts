import { describe, expect, it } from "vitest";
import { experienceDefaults } from "../schemas/experience";
import { mergeMutation, type StoredRecord } from "./merge";

const A = "0190f0c8-0000-7000-8000-00000000000a";
const B = "0190f0c8-0000-7000-8000-00000000000b";
const experience = { ...experienceDefaults, title: "Vendanges 2023", kind: "job" as const };

function created(version = 1): StoredRecord {
  const outcome = mergeMutation(
    "experience",
    null,
    { op: "put", baseVersion: 0, changes: experience },
    A,
    version,
  );
  if (outcome.kind !== "applied") throw new Error(outcome.kind);
  return outcome.record;
}

describe("the per-field conflict rule", () => {
  it("creates a record from a full put and stamps every field with the client and version", () => {
    const record = created(3);
    expect(record.version).toBe(3);
    expect(record.fields.title).toBe("Vendanges 2023");
    expect(record.fieldVersions.title).toEqual({ v: 3, c: A });
  });

  it("rejects a create with missing or invalid fields, and unknown fields anywhere", () => {
    const partial = mergeMutation(
      "experience",
      null,
      { op: "put", baseVersion: 0, changes: { title: "x" } },
      A,
      1,
    );
    expect(partial).toMatchObject({ kind: "rejected", code: "invalid_changes" });
    const unknown = mergeMutation(
      "experience",
      created(),
      { op: "patch", baseVersion: 1, changes: { salary: 3 } },
      A,
      2,
    );
    expect(unknown).toMatchObject({
      kind: "rejected",
      code: "invalid_changes",
      message: "Unknown field(s): salary",
    });
    const empty = mergeMutation(
      "experience",
      created(),
      { op: "patch", baseVersion: 1, changes: { title: "  " } },
      A,
      2,
    );
    expect(empty).toMatchObject({ kind: "rejected", code: "invalid_changes" });
  });

  it("a patch of an unknown record is not_found", () => {
    expect(
      mergeMutation(
        "experience",
        null,
        { op: "patch", baseVersion: 0, changes: { title: "x" } },
        A,
        1,
      ),
    ).toMatchObject({
      kind: "rejected",
      code: "not_found",
    });
  });

  it("merges concurrent edits of different fields", () => {
    const base = created(1);
    const byB = mergeMutation(
      "experience",
      base,
      { op: "patch", baseVersion: 1, changes: { location: "Reims" } },
      B,
      2,
    );
    if (byB.kind !== "applied") throw new Error("expected applied");
    const byA = mergeMutation(
      "experience",
      byB.record,
      { op: "patch", baseVersion: 1, changes: { title: "Vendanges" } },
      A,
      3,
    );
    expect(byA.kind).toBe("applied");
    if (byA.kind !== "applied") return;
    expect(byA.record.fields).toMatchObject({ title: "Vendanges", location: "Reims" });
    expect(byA.lost).toEqual([]);
  });

  it("keeps the server's value of a field another client changed since baseVersion, and reports the loser", () => {
    const base = created(1);
    const byB = mergeMutation(
      "experience",
      base,
      { op: "patch", baseVersion: 1, changes: { title: "B's title" } },
      B,
      2,
    );
    if (byB.kind !== "applied") throw new Error("expected applied");
    const byA = mergeMutation(
      "experience",
      byB.record,
      { op: "patch", baseVersion: 1, changes: { title: "A's title", location: "Épernay" } },
      A,
      3,
    );
    if (byA.kind !== "applied") throw new Error("expected applied");
    expect(byA.record.fields).toMatchObject({ title: "B's title", location: "Épernay" });
    expect(byA.lost).toEqual([
      { field: "title", losingValue: "A's title", winningValue: "B's title" },
    ]);
  });

  it("never makes a client conflict with its own earlier write", () => {
    const base = created(1);
    const first = mergeMutation(
      "experience",
      base,
      { op: "patch", baseVersion: 1, changes: { title: "one" } },
      A,
      2,
    );
    if (first.kind !== "applied") throw new Error("expected applied");
    const second = mergeMutation(
      "experience",
      first.record,
      { op: "patch", baseVersion: 1, changes: { title: "two" } },
      A,
      3,
    );
    expect(second).toMatchObject({ kind: "applied", lost: [] });
  });

  it("lets a delete win over a concurrent edit, and reports the edit that came after as lost", () => {
    const base = created(1);
    const deleted = mergeMutation(
      "experience",
      base,
      { op: "delete", baseVersion: 1, changes: {} },
      B,
      2,
    );
    if (deleted.kind !== "applied") throw new Error("expected applied");
    expect(deleted.record.deleted).toBe(true);
    const edit = mergeMutation(
      "experience",
      deleted.record,
      { op: "patch", baseVersion: 1, changes: { title: "late" } },
      A,
      3,
    );
    expect(edit).toEqual({
      kind: "unchanged",
      lost: [{ field: "title", losingValue: "late", winningValue: null }],
    });
    expect(
      mergeMutation(
        "experience",
        deleted.record,
        { op: "delete", baseVersion: 1, changes: {} },
        A,
        3,
      ),
    ).toEqual({
      kind: "unchanged",
      lost: [],
    });
  });
});

describe("restore", () => {
  function deletedBy(client: string) {
    const outcome = mergeMutation(
      "experience",
      created(1),
      { op: "delete", baseVersion: 1, changes: {} },
      client,
      2,
    );
    if (outcome.kind !== "applied") throw new Error("expected applied");
    return outcome.record;
  }

  it("lets the deleting client take its delete back (undo)", () => {
    const outcome = mergeMutation(
      "experience",
      deletedBy(A),
      { op: "restore", baseVersion: 1, changes: {} },
      A,
      3,
    );
    expect(outcome).toMatchObject({ kind: "applied", record: { deleted: false, version: 3 } });
  });

  it("lets another client restore once it has seen the delete, but not before", () => {
    const record = deletedBy(A);
    const blind = mergeMutation(
      "experience",
      record,
      { op: "restore", baseVersion: 1, changes: {} },
      B,
      3,
    );
    expect(blind).toMatchObject({ kind: "unchanged" });
    const informed = mergeMutation(
      "experience",
      record,
      { op: "restore", baseVersion: 2, changes: {} },
      B,
      3,
    );
    expect(informed).toMatchObject({ kind: "applied", record: { deleted: false } });
  });
});
