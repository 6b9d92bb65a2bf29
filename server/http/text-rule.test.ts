import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "../../shared/ids";
import {
  apiErrorSchema,
  sharedPortfolioSchema,
  userResponseSchema,
} from "../../shared/schemas/index";
import { experiences } from "../db/schema";
import { Agent, openTestApp, signUp, strongPassword, type TestContext } from "../test/app";
import { seedPortfolio, shareWith, signInAdviser } from "../test/sharing";
import { Device, newExperience } from "../test/sync";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await openTestApp();
});
afterAll(async () => {
  await ctx.close();
});

let people = 0;
async function person() {
  const agent = new Agent(ctx.app, `203.0.113.${100 + ++people}`);
  const user = await signUp(agent, `text${people}@example.fr`);
  return { agent, user, device: new Device(agent) };
}

async function expectInvalidInput(response: Response) {
  expect(response.status).toBe(400);
  expect(apiErrorSchema.parse(await response.json()).error.code).toBe("invalid_input");
}

describe("text the rule refuses, pushed by a device", () => {
  it.each([
    ["a NUL in a title", { title: "Vendanges\u0000" }],
    ["a NUL in an activity", { activities: ["Cueillir", "Porter\u0000"] }],
    ["a lone surrogate in a tag", { tags: ["\udc00"] }],
    ["a bidi override in a title", { title: "Vendanges \u202egnp.exe" }],
  ])("rejects the one mutation with %s and applies the rest of the batch", async (_, fields) => {
    const { device } = await person();
    const [bad, good] = [fields, {}].map((extra) =>
      device.mutation({
        table: "experience",
        key: uuidv7(),
        op: "put",
        baseVersion: 0,
        changes: newExperience("Vendanges", extra),
      }),
    );
    if (!bad || !good) throw new Error("setup");
    const response = await device.push([bad, good]);
    expect(response.lastMutationId).toBe(2);
    expect(response.rejections).toEqual([
      {
        id: 1,
        code: "invalid_changes",
        message: expect.stringMatching(/^(title|activities|tags)/),
      },
    ]);
    const records = await device.pullAll();
    expect(records.has(`experience:${bad.key}`)).toBe(false);
    expect(records.has(`experience:${good.key}`)).toBe(true);
  });

  it("stores decomposed accents as NFC and keeps emoji and multi-line layout", async () => {
    const { device } = await person();
    const key = uuidv7();
    const changes = newExperience("Cafe\u0301 🍇", { description: "Tri\r\n\tre\u0301colte" });
    expect(
      await device.push([
        device.mutation({ table: "experience", key, op: "put", baseVersion: 0, changes }),
      ]),
    ).toEqual({ lastMutationId: 1, rejections: [] });
    const stored = (await device.pullAll()).get(`experience:${key}`)?.record;
    expect(stored).toMatchObject({ title: "Café 🍇", description: "Tri\n\trécolte" });
  });
});

describe("text the rule refuses, sent to the account routes", () => {
  it("answers 400 invalid_input to a sign-in whose email holds a NUL", async () => {
    const agent = new Agent(ctx.app, "203.0.113.90");
    await expectInvalidInput(
      await agent.post("/api/auth/login", { email: "a\u0000@example.fr", password: "secret" }),
    );
  });

  it("answers 400 invalid_input to a sign-up whose display name or password holds a NUL", async () => {
    const agent = new Agent(ctx.app, "203.0.113.91");
    await expectInvalidInput(
      await agent.post("/api/auth/signup", {
        email: "nul@example.fr",
        password: strongPassword,
        displayName: "Camille\u0000",
      }),
    );
    await expectInvalidInput(
      await agent.post("/api/auth/signup", {
        email: "nul@example.fr",
        password: `${strongPassword}\u0000`,
        displayName: "Camille",
      }),
    );
  });

  it("answers 400 invalid_input to a display name change with a NUL or a lone surrogate", async () => {
    const { agent } = await person();
    await expectInvalidInput(await agent.patch("/api/auth/me", { displayName: "Cam\u0000ille" }));
    await expectInvalidInput(await agent.patch("/api/auth/me", { displayName: "Cam\ud800" }));
    const accepted = await agent.patch("/api/auth/me", { displayName: "Came\u0301lia" });
    expect(accepted.status).toBe(200);
    expect(userResponseSchema.parse(await accepted.json()).user.displayName).toBe("Camélia");
  });
});

describe("text the rule refuses, in an adviser's suggestion", () => {
  it("answers 400 invalid_input to a NUL in a reword's text or a new competency's label", async () => {
    const { agent, user } = await person();
    const seeded = await seedPortfolio(ctx.database.db, user.id);
    const { agent: adviser } = await signInAdviser(ctx, "conseil.texte@francetravail.fr");
    const share = await shareWith(agent, "conseil.texte@francetravail.fr");
    const base = `/api/adviser/shares/${share}/comments`;
    const reword = (field: string, text: string) => ({
      body: "Une idée.",
      suggestion: {
        kind: "reword",
        table: "experience",
        recordId: seeded.ids.e1,
        field,
        text,
      },
    });
    await expectInvalidInput(await adviser.post(base, reword("description", "Trier\u0000")));
    await expectInvalidInput(await adviser.post(base, reword("title", "Chef\u202e de rang")));
    await expectInvalidInput(
      await adviser.post(base, {
        body: "Une idée.",
        suggestion: {
          kind: "add-competency",
          label: "Accueil\u0000",
          category: "know-how",
          reference: null,
          experienceId: null,
        },
      }),
    );
    expect((await adviser.post(base, reword("description", "Trier\n\tles grappes"))).status).toBe(
      201,
    );
  });

  it("shows the adviser a record stored before the rule with its text cleaned, not left out", async () => {
    const { agent, user } = await person();
    const seeded = await seedPortfolio(ctx.database.db, user.id);
    await ctx.database.db
      .update(experiences)
      .set({ title: "Vendeuse\u202e", activities: ["Caisse\u0001"] })
      .where(eq(experiences.id, seeded.ids.e1));
    const { agent: adviser } = await signInAdviser(ctx, "conseil.ancien@francetravail.fr");
    const share = await shareWith(agent, "conseil.ancien@francetravail.fr");
    const response = await adviser.get(`/api/adviser/shares/${share}/portfolio`);
    expect(response.status).toBe(200);
    const view = sharedPortfolioSchema.parse(await response.json());
    expect(view.experiences.find((item) => item.id === seeded.ids.e1)).toMatchObject({
      title: "Vendeuse",
      activities: ["Caisse"],
    });
  });
});
