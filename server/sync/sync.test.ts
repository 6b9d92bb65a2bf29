import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "../../shared/ids";
import { SYNC_SCHEMA_VERSION } from "../../shared/sync/protocol";
import { experiences } from "../db/schema";
import { conflictListSchema } from "../routes/conflicts/conflicts.route";
import { Agent, openTestApp, signUp, type TestContext } from "../test/app";
import { Device, newExperience } from "../test/sync";
import { purgeTombstones } from "./tombstones";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await openTestApp();
});
afterAll(async () => {
  await ctx.close();
});

let people = 0;
async function person() {
  const agent = new Agent(ctx.app, `203.0.113.${++people}`);
  const user = await signUp(agent, `sync${people}@example.fr`);
  return { agent, user, device: () => new Device(agent) };
}

describe("push", () => {
  it("applies a replayed push once: the second answer acknowledges without applying again", async () => {
    const { device } = await person();
    const phone = device();
    const key = uuidv7();
    const batch = [
      phone.mutation({
        table: "experience",
        key,
        op: "put",
        baseVersion: 0,
        changes: newExperience("Vendanges"),
      }),
    ];
    expect(await phone.push(batch)).toEqual({ lastMutationId: 1, rejections: [] });
    const first = await phone.pullAll();
    expect(await phone.push(batch)).toEqual({ lastMutationId: 1, rejections: [] });
    expect((await phone.pull()).changes).toHaveLength(0);
    expect(first.get(`experience:${key}`)?.version).toBeGreaterThan(0);
  });

  it("stops a batch at a gap in mutation ids and acknowledges what came before it", async () => {
    const { device } = await person();
    const phone = device();
    const [one, two, three] = ["un", "deux", "trois"].map((title) =>
      phone.mutation({
        table: "experience",
        key: uuidv7(),
        op: "put",
        baseVersion: 0,
        changes: newExperience(title),
      }),
    );
    if (!one || !two || !three) throw new Error("setup");
    expect(await phone.push([one, three])).toEqual({ lastMutationId: 1, rejections: [] });
    const titles = [...(await phone.pullAll()).values()].map((change) => change.record.title);
    expect(titles).toEqual(["un"]);
    expect(await phone.push([two, three])).toEqual({ lastMutationId: 3, rejections: [] });
  });

  it("rejects a poisoned mutation without blocking the ones after it", async () => {
    const { device } = await person();
    const phone = device();
    const good = uuidv7();
    const response = await phone.push([
      phone.mutation({
        table: "experience",
        key: uuidv7(),
        op: "put",
        baseVersion: 0,
        changes: { title: 42 },
      }),
      phone.mutation({
        table: "experience",
        key: uuidv7(),
        op: "patch",
        baseVersion: 0,
        changes: { title: "ghost" },
      }),
      phone.mutation({
        table: "experience",
        key: good,
        op: "put",
        baseVersion: 0,
        changes: newExperience("Bon"),
      }),
    ]);
    expect(response.lastMutationId).toBe(3);
    expect(response.rejections.map((rejection) => [rejection.id, rejection.code])).toEqual([
      [1, "invalid_changes"],
      [2, "not_found"],
    ]);
    expect([...(await phone.pullAll()).keys()]).toEqual([`experience:${good}`]);
  });

  it("treats another person's record as not found, and leaves it untouched", async () => {
    const alice = await person();
    const bob = await person();
    const key = uuidv7();
    await alice.device().push([
      {
        id: 1,
        table: "experience",
        key,
        op: "put",
        baseVersion: 0,
        changes: newExperience("Alice"),
      },
    ]);
    const bobPhone = bob.device();
    const response = await bobPhone.push([
      bobPhone.mutation({
        table: "experience",
        key,
        op: "patch",
        baseVersion: 0,
        changes: { title: "Bob was here" },
      }),
      bobPhone.mutation({ table: "experience", key, op: "delete", baseVersion: 0, changes: {} }),
      bobPhone.mutation({
        table: "profile",
        key: alice.user.id,
        op: "put",
        baseVersion: 0,
        changes: {},
      }),
    ]);
    expect(response.rejections.map((rejection) => rejection.code)).toEqual([
      "not_found",
      "not_found",
      "forbidden",
    ]);
    const [row] = await ctx.database.db.select().from(experiences).where(eq(experiences.id, key));
    expect(row).toMatchObject({ title: "Alice", deleted: false });
    expect((await bobPhone.pullAll()).size).toBe(0);
  });

  it("refuses a client id that belongs to another account, and an unknown schema version", async () => {
    const alice = await person();
    const bob = await person();
    const phone = alice.device();
    await phone.push([]);
    await phone.pull();
    const stolen = await bob.agent.post("/api/sync/push", {
      clientId: phone.clientId,
      schemaVersion: SYNC_SCHEMA_VERSION,
      mutations: [],
    });
    expect(stolen.status).toBe(403);
    const stolenPull = await bob.agent.post("/api/sync/pull", {
      clientId: phone.clientId,
      cookie: null,
    });
    expect(stolenPull.status).toBe(403);
    const old = await alice.agent.post("/api/sync/push", {
      clientId: uuidv7(),
      schemaVersion: 0,
      mutations: [],
    });
    expect(old.status).toBe(400);
  });

  it("requires a person's session", async () => {
    const response = await new Agent(ctx.app).post("/api/sync/pull", {
      clientId: uuidv7(),
      cookie: null,
    });
    expect(response.status).toBe(401);
  });
});

describe("conflicts", () => {
  it("merges concurrent edits of different fields from two devices", async () => {
    const { device } = await person();
    const phone = device();
    const laptop = device();
    const key = uuidv7();
    await phone.push([
      phone.mutation({
        table: "experience",
        key,
        op: "put",
        baseVersion: 0,
        changes: newExperience("Stage"),
      }),
    ]);
    const base = (await laptop.pullAll()).get(`experience:${key}`)?.version ?? 0;
    await phone.push([
      phone.mutation({
        table: "experience",
        key,
        op: "patch",
        baseVersion: base,
        changes: { location: "Metz" },
      }),
    ]);
    await laptop.push([
      laptop.mutation({
        table: "experience",
        key,
        op: "patch",
        baseVersion: base,
        changes: { organisation: "Mairie" },
      }),
    ]);
    const merged = (await device().pullAll()).get(`experience:${key}`)?.record;
    expect(merged).toMatchObject({ title: "Stage", location: "Metz", organisation: "Mairie" });
  });

  it("keeps the first value of a field changed on two devices and records the other for review", async () => {
    const { agent, device } = await person();
    const phone = device();
    const laptop = device();
    const key = uuidv7();
    await phone.push([
      phone.mutation({
        table: "experience",
        key,
        op: "put",
        baseVersion: 0,
        changes: newExperience("Titre"),
      }),
    ]);
    const base = (await laptop.pullAll()).get(`experience:${key}`)?.version ?? 0;
    await phone.push([
      phone.mutation({
        table: "experience",
        key,
        op: "patch",
        baseVersion: base,
        changes: { title: "Téléphone" },
      }),
    ]);
    const response = await laptop.push([
      laptop.mutation({
        table: "experience",
        key,
        op: "patch",
        baseVersion: base,
        changes: { title: "Ordinateur" },
      }),
    ]);
    expect(response.rejections).toEqual([]);
    expect((await device().pullAll()).get(`experience:${key}`)?.record.title).toBe("Téléphone");

    const list = conflictListSchema.parse(await (await agent.get("/api/conflicts")).json());
    expect(list.conflicts).toHaveLength(1);
    expect(list.conflicts[0]).toMatchObject({
      table: "experience",
      recordId: key,
      field: "title",
      losingValue: "Ordinateur",
      winningValue: "Téléphone",
      // The device that lost is named, so that it can tell its person at once.
      losingClientId: laptop.clientId,
    });
    const id = list.conflicts[0]?.id ?? "";
    expect((await agent.post(`/api/conflicts/${id}/resolve`)).status).toBe(204);
    expect((await agent.post(`/api/conflicts/${id}/resolve`)).status).toBe(404);
    expect(
      conflictListSchema.parse(await (await agent.get("/api/conflicts")).json()).conflicts,
    ).toHaveLength(0);
  });

  it("does not show one person's conflicts to another", async () => {
    const alice = await person();
    const bob = await person();
    const phone = alice.device();
    const laptop = alice.device();
    const key = uuidv7();
    await phone.push([
      phone.mutation({
        table: "experience",
        key,
        op: "put",
        baseVersion: 0,
        changes: newExperience("A"),
      }),
    ]);
    await phone.push([
      phone.mutation({
        table: "experience",
        key,
        op: "patch",
        baseVersion: 1,
        changes: { title: "B" },
      }),
    ]);
    await laptop.push([
      laptop.mutation({
        table: "experience",
        key,
        op: "patch",
        baseVersion: 1,
        changes: { title: "C" },
      }),
    ]);
    const [conflict] = conflictListSchema.parse(
      await (await alice.agent.get("/api/conflicts")).json(),
    ).conflicts;
    expect(conflict).toBeDefined();
    expect(
      conflictListSchema.parse(await (await bob.agent.get("/api/conflicts")).json()).conflicts,
    ).toHaveLength(0);
    expect((await bob.agent.post(`/api/conflicts/${conflict?.id}/resolve`)).status).toBe(404);
  });

  it("lets a delete win over a concurrent edit, keeping the deleted record's content visible", async () => {
    const { agent, device } = await person();
    const phone = device();
    const laptop = device();
    const key = uuidv7();
    await phone.push([
      phone.mutation({
        table: "experience",
        key,
        op: "put",
        baseVersion: 0,
        changes: newExperience("À supprimer"),
      }),
    ]);
    await laptop.pullAll();
    await phone.push([
      phone.mutation({ table: "experience", key, op: "delete", baseVersion: 1, changes: {} }),
    ]);
    await laptop.push([
      laptop.mutation({
        table: "experience",
        key,
        op: "patch",
        baseVersion: 1,
        changes: { location: "Nancy" },
      }),
    ]);
    const final = (await device().pullAll()).get(`experience:${key}`);
    expect(final).toMatchObject({ deleted: true, record: { title: "À supprimer", location: "" } });
    const { conflicts } = conflictListSchema.parse(
      await (await agent.get("/api/conflicts")).json(),
    );
    expect(conflicts).toMatchObject([
      { field: "location", losingValue: "Nancy", winningValue: null },
    ]);
  });
});

describe("pull", () => {
  it("pages by version without splitting one push's rows across pages", async () => {
    const { device } = await person();
    const phone = device();
    for (let push = 0; push < 4; push++) {
      await phone.push(
        Array.from({ length: 3 }, (_, index) =>
          phone.mutation({
            table: "experience",
            key: uuidv7(),
            op: "put",
            baseVersion: 0,
            changes: newExperience(`push ${push} item ${index}`),
          }),
        ),
      );
    }
    const laptop = device();
    const pages = [];
    for (;;) {
      const page = await laptop.pull(4);
      pages.push(page);
      if (!page.hasMore) break;
    }
    expect(pages.map((page) => page.changes.length)).toEqual([6, 6]);
    for (const page of pages) {
      expect(page.changes.every((change) => change.version <= page.cookie)).toBe(true);
    }
    expect(pages.at(-1)?.lastMutationId).toBe(0);
  });

  it("reports the device's last applied mutation id with the data it covers", async () => {
    const { device } = await person();
    const phone = device();
    await phone.push([
      phone.mutation({
        table: "experience",
        key: uuidv7(),
        op: "put",
        baseVersion: 0,
        changes: newExperience("x"),
      }),
      phone.mutation({
        table: "experience",
        key: uuidv7(),
        op: "put",
        baseVersion: 0,
        changes: newExperience("y"),
      }),
    ]);
    const page = await phone.pull();
    expect(page.lastMutationId).toBe(2);
    expect(page.changes).toHaveLength(2);
  });

  it("never skips a write that commits late: concurrent pushes and pulls agree with the final state", async () => {
    const { device } = await person();
    const writers = [device(), device(), device(), device()];
    const reader = device();
    const seen = new Map<string, number>();
    let writing = true;
    const reading = (async () => {
      while (writing) {
        const page = await reader.pull(7);
        for (const change of page.changes) seen.set(change.key, change.version);
      }
    })();
    await Promise.all(
      writers.map(async (writer, index) => {
        for (let round = 0; round < 6; round++) {
          await writer.push([
            writer.mutation({
              table: "experience",
              key: uuidv7(),
              op: "put",
              baseVersion: 0,
              changes: newExperience(`w${index} r${round}`),
            }),
          ]);
        }
      }),
    );
    writing = false;
    await reading;
    for (;;) {
      const page = await reader.pull(7);
      for (const change of page.changes) seen.set(change.key, change.version);
      if (!page.hasMore) break;
    }
    const truth = await device().pullAll();
    expect(seen.size).toBe(24);
    expect(truth.size).toBe(24);
    for (const [slot, change] of truth)
      expect(seen.get(slot.split(":")[1] ?? "")).toBe(change.version);
  });

  it("tells a device whose cookie predates purged tombstones to start over", async () => {
    const { device } = await person();
    const phone = device();
    const gone = uuidv7();
    const kept = uuidv7();
    await phone.push([
      phone.mutation({
        table: "experience",
        key: gone,
        op: "put",
        baseVersion: 0,
        changes: newExperience("gone"),
      }),
      phone.mutation({
        table: "experience",
        key: kept,
        op: "put",
        baseVersion: 0,
        changes: newExperience("kept"),
      }),
    ]);
    const stale = device();
    await stale.pullAll();
    await phone.push([
      phone.mutation({ table: "experience", key: gone, op: "delete", baseVersion: 1, changes: {} }),
    ]);
    await ctx.database.db
      .update(experiences)
      .set({ updatedAt: sql`now() - interval '181 days'` })
      .where(eq(experiences.id, gone));
    expect(await purgeTombstones(ctx.database.db)).toBeGreaterThanOrEqual(1);

    const page = await stale.pull();
    expect(page.reset).toBe(true);
    expect(page.changes.map((change) => change.key)).toEqual([kept]);
    expect((await stale.pull()).reset).toBe(false);
  });
});

describe("pokes", () => {
  it("pokes the owner's open event stream when a push commits, and only the owner's", async () => {
    const alice = await person();
    const bob = await person();
    const controller = new AbortController();
    const stream = await alice.agent.request("GET", "/api/sync/events", undefined, {});
    const bobStream = await bob.agent.get("/api/sync/events");
    expect(stream.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reader = stream.body?.getReader();
    const bobReader = bobStream.body?.getReader();
    if (!reader || !bobReader) throw new Error("no stream");
    const decoder = new TextDecoder();
    let text = "";
    while (!text.includes("event: ready")) text += decoder.decode((await reader.read()).value);
    let bobText = "";
    while (!bobText.includes("event: ready"))
      bobText += decoder.decode((await bobReader.read()).value);

    await alice.device().push([
      {
        id: 1,
        table: "experience",
        key: uuidv7(),
        op: "put",
        baseVersion: 0,
        changes: newExperience("poke"),
      },
    ]);
    while (!text.includes("event: poke")) text += decoder.decode((await reader.read()).value);
    expect(text).toContain("event: poke");

    const bobNext = await Promise.race([
      bobReader.read().then((chunk) => decoder.decode(chunk.value)),
      new Promise<string>((resolve) => setTimeout(() => resolve("(nothing)"), 300)),
    ]);
    expect(bobNext).toBe("(nothing)");
    controller.abort();
    await reader.cancel();
    await bobReader.cancel();
  });
});
