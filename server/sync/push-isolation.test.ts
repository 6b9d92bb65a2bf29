import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "../../shared/ids";
import { apiErrorSchema } from "../../shared/schemas/index";
import { SYNC_SCHEMA_VERSION } from "../../shared/sync/protocol";
import { conflictListSchema } from "../routes/conflicts/conflicts.route";
import { Agent, openTestApp, signUp, type TestContext } from "../test/app";
import { Device, newExperience } from "../test/sync";
import { applyPush } from "./push";

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
  const user = await signUp(agent, `isolation${people}@example.fr`);
  return { agent, user };
}

/** `[[[…"fond"…]]]` written as text: a value that deep overflows JSON.stringify's stack. */
const deepArray = (depth: number) => `${"[".repeat(depth)}"fond"${"]".repeat(depth)}`;

/** A record that `other` changed after `phone` last saw it, so `phone`'s patch to it is stale. */
async function staleRecord(phone: Device, other: Device) {
  const key = uuidv7();
  await phone.push([
    phone.mutation({
      table: "experience",
      key,
      op: "put",
      baseVersion: 0,
      changes: newExperience("Vendanges"),
    }),
  ]);
  await other.push([
    other.mutation({
      table: "experience",
      key,
      op: "patch",
      baseVersion: 1,
      changes: { title: "Vendanges 2023", description: "Chez Martin" },
    }),
  ]);
  return key;
}

async function losingValues(agent: Agent) {
  const listed = conflictListSchema.parse(await (await agent.get("/api/conflicts")).json());
  return listed.conflicts.map((conflict) => conflict.losingValue);
}

describe("one mutation's failure stays that mutation's", () => {
  it("rejects a 5000-deep array as a stale patch's value, not a server error, and applies the next mutation", async () => {
    const { agent } = await person();
    const phone = new Device(agent);
    const key = await staleRecord(phone, new Device(agent));
    const stale = phone.mutation({
      table: "experience",
      key,
      op: "patch",
      baseVersion: 1,
      changes: { title: "@deep" },
    });
    const good = phone.mutation({
      table: "experience",
      key,
      op: "patch",
      baseVersion: 2,
      changes: { location: "Épernay" },
    });
    const body = JSON.stringify({
      clientId: phone.clientId,
      schemaVersion: SYNC_SCHEMA_VERSION,
      mutations: [stale, good],
    });
    const response = await agent.post("/api/sync/push", body.replace('"@deep"', deepArray(5000)));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      lastMutationId: good.id,
      rejections: [expect.objectContaining({ id: stale.id, code: "invalid_changes" })],
    });
    const pulled = await new Device(agent).pullAll();
    expect(pulled.get(`experience:${key}`)?.record).toMatchObject({
      title: "Vendanges 2023",
      location: "Épernay",
    });
  });

  it("refuses with a 400 a push whose envelope, outside the changes, is 5000 deep", async () => {
    const { agent } = await person();
    const phone = new Device(agent);
    const body = JSON.stringify({
      clientId: phone.clientId,
      schemaVersion: SYNC_SCHEMA_VERSION,
      mutations: "@deep",
    });
    const response = await agent.post("/api/sync/push", body.replace('"@deep"', deepArray(5000)));
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe("invalid_input");
  });

  it("rejects a stale value its field would refuse instead of keeping it as a conflict", async () => {
    const { agent } = await person();
    const phone = new Device(agent);
    const key = await staleRecord(phone, new Device(agent));
    const tooLong = "a".repeat(9000);
    const stale = phone.mutation({
      table: "experience",
      key,
      op: "patch",
      baseVersion: 1,
      changes: { description: tooLong },
    });
    const response = await phone.push([stale]);
    expect(response).toEqual({
      lastMutationId: stale.id,
      rejections: [expect.objectContaining({ id: stale.id, code: "invalid_changes" })],
    });
    expect(await losingValues(agent)).not.toContain(tooLong);
  });

  it("rejects the mutation holding a 900 KB string and keeps nothing of it", async () => {
    const { agent } = await person();
    const phone = new Device(agent);
    const key = await staleRecord(phone, new Device(agent));
    const huge = "a".repeat(900_000);
    const response = await agent.post("/api/sync/push", {
      clientId: phone.clientId,
      schemaVersion: SYNC_SCHEMA_VERSION,
      mutations: [
        phone.mutation({
          table: "experience",
          key,
          op: "patch",
          baseVersion: 1,
          changes: { description: huge },
        }),
      ],
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      rejections: [expect.objectContaining({ code: "invalid_changes" })],
    });
    expect(await losingValues(agent)).not.toContain(huge);
  });

  it("turns the database's refusal of one mutation into its rejection and applies the rest", async () => {
    const { agent, user } = await person();
    const phone = new Device(agent);
    const [before, refused, after] = ["avant", "refusée", "après"].map((title) =>
      phone.mutation({
        table: "experience",
        key: uuidv7(),
        op: "put",
        baseVersion: 0,
        changes: newExperience(title),
      }),
    );
    if (!before || !refused || !after) throw new Error("setup");
    // A refusal only the database knows of (as Postgres refuses a NUL in text): the merge accepts.
    await ctx.database.db.execute(
      sql`alter table experiences add constraint refuses_one check (title <> 'refusée')`,
    );
    const failures: number[] = [];
    const response = await applyPush(
      ctx.database.db,
      user.id,
      {
        clientId: phone.clientId,
        schemaVersion: SYNC_SCHEMA_VERSION,
        mutations: [before, refused, after],
      },
      (_error, id) => failures.push(id),
    );
    expect(response).toEqual({
      lastMutationId: after.id,
      rejections: [expect.objectContaining({ id: refused.id, code: "invalid_changes" })],
    });
    expect(failures).toEqual([refused.id]);
    const titles = [...(await phone.pullAll()).values()].map((change) => change.record.title);
    expect(titles.sort()).toEqual(["après", "avant"]);
  });

  it("answers 200 to a push with a NUL in a title and in an activity, and applies the good mutation", async () => {
    const { agent } = await person();
    const phone = new Device(agent);
    const good = uuidv7();
    const put = (key: string, extra: Parameters<typeof newExperience>[1], title = "Stage") =>
      phone.mutation({
        table: "experience",
        key,
        op: "put",
        baseVersion: 0,
        changes: newExperience(title, extra),
      });
    const nulTitle = put(uuidv7(), {}, "Vente\u0000");
    const nulActivity = put(uuidv7(), { activities: ["accueil\u0000"] });
    const response = await phone.push([nulTitle, nulActivity, put(good, {})]);
    expect(response.lastMutationId).toBe(3);
    expect(response.rejections.map((rejection) => rejection.id)).toEqual([1, 2]);
    expect([...(await phone.pullAll()).keys()]).toEqual([`experience:${good}`]);
  });
});
