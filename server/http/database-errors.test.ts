import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiErrorSchema } from "../../shared/schemas/index";
import { Agent, openTestApp, signUp, type TestContext } from "../test/app";
import { seedPortfolio, shareWith, signInAdviser } from "../test/sharing";

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

describe("a value the database refuses is the request's fault", () => {
  it("answers 400 to an anonymous login whose email holds a NUL", async () => {
    const response = await new Agent(ctx.app, "203.0.113.90").post("/api/auth/login", {
      email: "camille\u0000@example.fr",
      password: "un mot de passe",
    });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe("invalid_input");
  });

  it("answers 400 to an adviser's suggestion whose text holds a lone surrogate", async () => {
    const person = new Agent(ctx.app, "203.0.113.91");
    const { id } = await signUp(person, "refus.base@example.fr");
    const { ids } = await seedPortfolio(ctx.database.db, id);
    const { agent: adviser } = await signInAdviser(ctx, "refus.conseil@example.fr");
    const shareId = await shareWith(person, "refus.conseil@example.fr");
    const response = await adviser.post(`/api/adviser/shares/${shareId}/comments`, {
      body: "Une idée",
      suggestion: {
        kind: "reword",
        table: "experience",
        recordId: ids.e1,
        field: "title",
        text: "Vente \udc00",
      },
    });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe("invalid_input");
  });
});
