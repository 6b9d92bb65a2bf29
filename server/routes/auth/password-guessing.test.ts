import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiErrorSchema } from "../../../shared/schemas/index";
import { Agent, openTestApp, signUp, strongPassword, type TestContext } from "../../test/app";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await openTestApp();
});
afterAll(async () => {
  await ctx.close();
});

async function errorCode(response: Response) {
  return apiErrorSchema.parse(await response.json()).error.code;
}

/** Ten wrong guesses empty the account's bucket (the same one sign-in uses). */
const BURST = 10;

describe("a password typed inside a session is throttled like a sign-in", () => {
  it("stops a stolen session from guessing the password through the password change", async () => {
    const agent = new Agent(ctx.app, "198.51.100.21");
    await signUp(agent, "guessed-by-change@example.fr");
    for (let guess = 0; guess < BURST; guess++) {
      const wrong = await agent.post("/api/auth/password", {
        currentPassword: `wrong guess ${guess}`,
        newPassword: "un autre cheval agrafe",
      });
      expect(await errorCode(wrong)).toBe("invalid_credentials");
    }
    const refused = await agent.post("/api/auth/password", {
      currentPassword: strongPassword,
      newPassword: "un autre cheval agrafe",
    });
    expect(refused.status).toBe(429);
    expect(await errorCode(refused)).toBe("rate_limited");
    // The account's budget is shared: the sign-in form is closed to guessing too.
    const login = await new Agent(ctx.app, "198.51.100.22").post("/api/auth/login", {
      email: "guessed-by-change@example.fr",
      password: "another guess",
    });
    expect(login.status).toBe(429);
  });

  it("stops a stolen session from guessing the password through the account deletion", async () => {
    const agent = new Agent(ctx.app, "198.51.100.23");
    await signUp(agent, "guessed-by-deletion@example.fr");
    for (let guess = 0; guess < BURST; guess++) {
      const wrong = await agent.post("/api/account/delete", { password: `wrong guess ${guess}` });
      expect(await errorCode(wrong)).toBe("invalid_credentials");
    }
    const refused = await agent.post("/api/account/delete", { password: strongPassword });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await agent.get("/api/auth/me")).status).toBe(200);
  });

  it("gives the claim back when the password is right, so the owner is never slowed down", async () => {
    const agent = new Agent(ctx.app, "198.51.100.24");
    await signUp(agent, "changes-often@example.fr");
    let current = strongPassword;
    for (let change = 0; change < BURST + 2; change++) {
      const next = `un cheval correct numero ${change}`;
      const response = await agent.post("/api/auth/password", {
        currentPassword: current,
        newPassword: next,
      });
      expect(response.status).toBe(204);
      current = next;
    }
  });
});
