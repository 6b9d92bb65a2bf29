import { afterEach, describe, expect, it } from "vitest";
import { uuidv7 } from "../../../shared/ids";
import { experienceDefaults, experienceSchema } from "../../../shared/schemas/experience";
import { applyPullPage } from "../../../shared/sync/replica";
import { openDatabase, type SkillfolioDatabase } from "./database";
import { readRecords, saveRecord } from "./portfolio";
import { DexieReplicaStore, setDeviceOwner } from "./replica-store";

const OWNER = "0190f0c8-0000-7000-8000-0000000000ad";
const databases: SkillfolioDatabase[] = [];
afterEach(async () => {
  for (const database of databases.splice(0)) await database.delete();
});

/** A device holding one experience the server kept before the text rule (a bidi control in its title). */
async function deviceWithLegacyRecord() {
  const database = openDatabase(`portfolio-${uuidv7()}`);
  databases.push(database);
  await setDeviceOwner(database, OWNER);
  const key = uuidv7();
  const record = {
    ...experienceDefaults,
    title: "Chef de rang\u202e",
    startDate: "2021",
    id: key,
    ownerId: OWNER,
    version: 1,
    deleted: false,
    updatedAt: "2026-01-01T00:00:00.000Z",
  };
  await new DexieReplicaStore(database).transaction((tx) =>
    applyPullPage(tx, OWNER, null, {
      cookie: 1,
      lastMutationId: 0,
      hasMore: false,
      reset: false,
      changes: [{ table: "experience", key, version: 1, deleted: false, record }],
    }),
  );
  return { database, key };
}

describe("records stored before the text rule", () => {
  it("are shown with their text cleaned rather than hidden as unreadable", async () => {
    const { database } = await deviceWithLegacyRecord();
    const { records, unreadable } = await readRecords("experience", experienceSchema, database);
    expect(unreadable).toBe(0);
    expect(records.map((record) => record.title)).toEqual(["Chef de rang"]);
  });

  it("get their cleaned text written by the next save, so the server accepts the record", async () => {
    const { database, key } = await deviceWithLegacyRecord();
    const [shown] = (await readRecords("experience", experienceSchema, database)).records;
    if (!shown) throw new Error("setup");
    const { id: _i, ownerId: _o, version: _v, deleted: _d, updatedAt: _u, ...fields } = shown;
    await saveRecord("experience", key, { ...fields, location: "Lyon" }, database);
    const [queued] = await database.outbox.toArray();
    expect(queued?.changes).toEqual({ title: "Chef de rang", location: "Lyon" });
  });
});
