import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { userResponseSchema } from "../../../shared/schemas/index";
import { sessionLifetimes } from "../../auth/sessions";
import { Agent, openTestApp, signUp, strongPassword, type TestContext } from "../../test/app";
import { signInAdviser } from "../../test/sharing";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await openTestApp();
});
afterAll(async () => {
  await ctx.close();
});

const HOUR = 3600_000;

async function me(agent: Agent) {
  const response = await agent.get("/api/auth/me");
  expect(response.status).toBe(200);
  return userResponseSchema.parse(await response.json()).user;
}

describe("the session's absolute limit, as the device learns it", () => {
  it("is 12 hours after an adviser's sign-in, and later requests do not move it", async () => {
    const before = Date.now();
    const { agent } = await signInAdviser(ctx, "expiry-adviser@example.fr");
    const first = Date.parse((await me(agent)).sessionExpiresAt ?? "");
    expect(first).toBeGreaterThanOrEqual(before + 12 * HOUR - 1000);
    expect(first).toBeLessThanOrEqual(Date.now() + 12 * HOUR);

    const renamed = await agent.patch("/api/auth/me", { displayName: "Alex C." });
    const { user } = userResponseSchema.parse(await renamed.json());
    expect(Date.parse(user.sessionExpiresAt ?? "")).toBe(first);
    expect(Date.parse((await me(agent)).sessionExpiresAt ?? "")).toBe(first);
  });

  it("comes with the user at sign-up and sign-in, for the session just started", async () => {
    const agent = new Agent(ctx.app, "203.0.113.77");
    const before = Date.now();
    await signUp(agent, "expiry-person@example.fr");
    const login = await new Agent(ctx.app, "203.0.113.78").post("/api/auth/login", {
      email: "expiry-person@example.fr",
      password: strongPassword,
    });
    const { user } = userResponseSchema.parse(await login.json());
    const expected = before + sessionLifetimes.person.absoluteMs;
    expect(Date.parse(user.sessionExpiresAt ?? "")).toBeGreaterThanOrEqual(expected - 1000);
    expect(Date.parse((await me(agent)).sessionExpiresAt ?? "")).toBeGreaterThanOrEqual(
      expected - 1000,
    );
  });
});
