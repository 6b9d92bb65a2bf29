import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { uuidv7 } from "../../../shared/ids";
import { experienceDefaults } from "../../../shared/schemas/experience";
import { type SyncTransport, syncRound } from "../../../shared/sync/engine";
import type { PulledChange, PushRequest } from "../../../shared/sync/protocol";
import { writeLocal } from "../../../shared/sync/replica";
import { db } from "./database";
import { discardRejection, refusedFields, withRefusedValues } from "./rejections";
import { DexieReplicaStore, setDeviceOwner } from "./replica-store";

const OWNER = "0190f0c8-0000-7000-8000-0000000000ab";

/** A server that refuses any title over 200 characters, as the real one does, and keeps the rest. */
function refusingServer() {
  const pushes: PushRequest[] = [];
  const kept: PulledChange[] = [];
  let lastMutationId = 0;
  const transport: SyncTransport = {
    push: async (request) => {
      pushes.push(request);
      const rejections = [];
      for (const mutation of request.mutations) {
        if (mutation.id <= lastMutationId) continue;
        lastMutationId = mutation.id;
        if (String(mutation.changes.title ?? "").length > 200) {
          rejections.push({
            id: mutation.id,
            code: "invalid_changes" as const,
            message: "title: Too big: expected string to have <=200 characters",
          });
        } else {
          const record = { ...mutation.changes, ownerId: OWNER };
          kept.push({ ...mutation, version: kept.length + 1, deleted: false, record });
        }
      }
      return { lastMutationId, rejections };
    },
    pull: async ({ cookie }) => ({
      cookie: kept.length,
      lastMutationId,
      hasMore: false,
      reset: false,
      changes: kept.filter((change) => change.version > (cookie ?? 0)),
    }),
  };
  return { transport, pushes };
}

async function edit(store: DexieReplicaStore, key: string, title: string) {
  await store.transaction((tx) =>
    writeLocal(tx, OWNER, "experience", key, "put", { ...experienceDefaults, title }),
  );
}

beforeEach(async () => {
  await setDeviceOwner(db, OWNER);
});
afterEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe("a change the server refuses", () => {
  it("leaves the outbox at once, is taken back on screen and kept with its reason, and the edits behind it still go", async () => {
    const store = new DexieReplicaStore(db);
    const refused = uuidv7();
    const accepted = uuidv7();
    await edit(store, refused, "x".repeat(100_000));
    await edit(store, accepted, "Vendanges");
    const { transport, pushes } = refusingServer();

    const outcome = await syncRound(store, transport);

    expect(outcome.rejected.map((rejection) => rejection.id)).toEqual([1]);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.experience.get(refused)).toBeUndefined();
    expect((await db.experience.get(accepted))?.title).toBe("Vendanges");
    const [kept] = await db.rejections.toArray();
    expect(kept).toMatchObject({
      id: 1,
      table: "experience",
      key: refused,
      code: "invalid_changes",
    });
    expect(kept && refusedFields(kept)).toEqual(["title"]);

    // Never sent again: the next round has nothing to push.
    await syncRound(store, transport);
    expect(pushes).toHaveLength(1);
  });

  it("is dropped for good by discard", async () => {
    const store = new DexieReplicaStore(db);
    await edit(store, uuidv7(), "x".repeat(300));
    await syncRound(store, refusingServer().transport);
    await discardRejection(1);
    expect(await db.rejections.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it("names the fields the server named, or every changed field when it names none", () => {
    const changes = { title: "x", location: "Metz", favouriteColour: "bleu" };
    expect(refusedFields({ changes, message: "location: Too big; title: Invalid" })).toEqual([
      "title",
      "location",
    ]);
    expect(refusedFields({ changes, message: "Unknown field(s): favouriteColour" })).toEqual([
      "favouriteColour",
    ]);
    expect(refusedFields({ changes, message: "No such record." })).toEqual(Object.keys(changes));
  });

  it("shows a form only the refused values it can hold: same kind of value, known field", () => {
    const record = { title: "Stage", tags: ["été"], level: null as number | null };
    expect(
      withRefusedValues(record, { title: "y".repeat(300), tags: "pas une liste", other: 1 }),
    ).toEqual({ title: "y".repeat(300), tags: ["été"], level: null });
  });
});

describe("a change too large to send", () => {
  it("is refused on the device, kept for review, and the changes behind it still reach the server", async () => {
    const store = new DexieReplicaStore(db);
    const huge = uuidv7();
    const after = uuidv7();
    await edit(store, huge, "Vendanges");
    await store.transaction((tx) =>
      writeLocal(tx, OWNER, "experience", huge, "patch", { description: "é".repeat(600_000) }),
    );
    await edit(store, after, "Chantier école");
    const { transport, pushes } = refusingServer();
    const limited: SyncTransport = {
      ...transport,
      // The server's body limit: a request over 1 MiB is refused whole, at every retry.
      push: async (request) => {
        if (new TextEncoder().encode(JSON.stringify(request)).length > 1024 * 1024)
          throw new Error("413 payload_too_large");
        return transport.push(request);
      },
    };

    await syncRound(store, limited);

    expect(await db.outbox.count()).toBe(0);
    expect(pushes.flatMap((push) => push.mutations.map((mutation) => mutation.id))).toEqual([
      1, 2, 3,
    ]);
    expect((await db.experience.get(after))?.title).toBe("Chantier école");
    expect((await db.experience.get(huge))?.description).toBe("");
    const [kept] = await db.rejections.toArray();
    expect(kept).toMatchObject({ id: 2, key: huge, code: "invalid_changes" });
    expect(kept?.message).toMatch(/^Too large to send/);
  });
});
