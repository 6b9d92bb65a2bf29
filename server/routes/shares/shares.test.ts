import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiErrorSchema, sharesResponseSchema } from "../../../shared/schemas/index";
import { shares } from "../../db/schema";
import { Agent, openTestApp, signUp, type TestContext } from "../../test/app";
import { seedPortfolio, shareWith, signInAdviser } from "../../test/sharing";

let ctx: TestContext;
let person: Agent;
let cvId: string;
let deletedCvId: string;
beforeAll(async () => {
  ctx = await openTestApp();
  person = new Agent(ctx.app, "203.0.113.10");
  const user = await signUp(person, "camille@example.fr");
  ({
    ids: { cv: cvId, cvDeleted: deletedCvId },
  } = await seedPortfolio(ctx.database.db, user.id));
  await signInAdviser(ctx, "conseil@missionlocale.fr");
  await signUp(new Agent(ctx.app, "203.0.113.11"), "other-person@example.fr");
});
afterAll(async () => {
  await ctx.close();
});

const DAY = 24 * 3600_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const share = (overrides: Record<string, unknown> = {}) =>
  person.post("/api/shares", {
    adviserEmail: "conseil@missionlocale.fr",
    scope: "portfolio",
    expiresAt: inDays(90),
    hiddenFields: [],
    ...overrides,
  });

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(apiErrorSchema.parse(await response.json()).error.code).toBe(code);
}

describe("sharing with an adviser", () => {
  it.each([
    ["an unknown email", { adviserEmail: "nobody@example.fr" }, 404, "adviser_not_found"],
    ["a person's account", { adviserEmail: "other-person@example.fr" }, 400, "not_an_adviser"],
    ["oneself", { adviserEmail: "camille@example.fr" }, 400, "share_with_self"],
    ["an expiry in the past", { expiresAt: inDays(-1) }, 400, "invalid_expiry"],
    ["an expiry beyond 12 months", { expiresAt: inDays(367) }, 400, "invalid_expiry"],
    [
      "a CV that does not exist",
      { scope: "cv", cvId: "00000000-0000-4000-8000-000000000001" },
      404,
      "not_found",
    ],
    ["a deleted CV", { scope: "cv", cvId: "DELETED" }, 404, "not_found"],
    ["a CV scope without a CV", { scope: "cv", cvId: null }, 400, "invalid_input"],
    ["a bad email", { adviserEmail: "not an email" }, 400, "invalid_input"],
    ["an unknown hidden field", { hiddenFields: ["salary"] }, 400, "invalid_input"],
  ])("refuses %s with %s %s", async (_name, overrides, status, code) => {
    const body: Record<string, unknown> = { ...overrides };
    if (body.cvId === "DELETED") body.cvId = deletedCvId;
    await expectError(await share(body), status, code);
  });

  it("refuses another person's CV as a missing one", async () => {
    const stranger = new Agent(ctx.app, "203.0.113.12");
    await signUp(stranger, "stranger@example.fr");
    await expectError(
      await stranger.post("/api/shares", {
        adviserEmail: "conseil@missionlocale.fr",
        scope: "cv",
        cvId,
        expiresAt: inDays(30),
        hiddenFields: [],
      }),
      404,
      "not_found",
    );
  });

  it("creates a share, refuses the same one twice (409), allows another scope, and lists both", async () => {
    const response = await share({ hiddenFields: ["phone", "photo", "phone"] });
    expect(response.status).toBe(201);
    const { share: created } = (await response.json()) as {
      share: { id: string; status: string; hiddenFields: string[]; adviser: { email: string } };
    };
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/);
    expect(created.status).toBe("active");
    expect(created.hiddenFields).toEqual(["phone", "photo"]);
    expect(created.adviser.email).toBe("conseil@missionlocale.fr");
    await expectError(await share(), 409, "share_exists");
    expect((await share({ scope: "cv", cvId })).status).toBe(201);
    await expectError(await share({ scope: "cv", cvId }), 409, "share_exists");

    const list = sharesResponseSchema.parse(await (await person.get("/api/shares")).json());
    expect(list.shares.map((item) => item.scope)).toEqual(["cv", "portfolio"]);
  });

  it("revokes in one call (204, idempotent); the share is listed as revoked and can be made again", async () => {
    const list = sharesResponseSchema.parse(await (await person.get("/api/shares")).json());
    const portfolioShare = list.shares.find((item) => item.scope === "portfolio");
    const id = portfolioShare?.id ?? "";
    expect((await person.post(`/api/shares/${id}/revoke`)).status).toBe(204);
    expect((await person.post(`/api/shares/${id}/revoke`)).status).toBe(204);
    const after = sharesResponseSchema.parse(await (await person.get("/api/shares")).json());
    const revoked = after.shares.find((item) => item.id === id);
    expect(revoked?.status).toBe("revoked");
    expect(revoked?.revokedAt).not.toBeNull();
    expect((await share()).status).toBe(201);
  });

  it("answers 404 for another person's share or a malformed id, and 403 to an adviser", async () => {
    const list = sharesResponseSchema.parse(await (await person.get("/api/shares")).json());
    const other = new Agent(ctx.app, "203.0.113.13");
    await signUp(other, "someone@example.fr");
    await expectError(
      await other.post(`/api/shares/${list.shares[0]?.id}/revoke`),
      404,
      "not_found",
    );
    await expectError(await person.post("/api/shares/not-a-uuid/revoke"), 404, "not_found");
    const { agent: adviser } = await signInAdviser(ctx, "a2@missionlocale.fr");
    await expectError(await adviser.get("/api/shares"), 403, "forbidden");
  });

  it("lists an expired share as expired, and a new one can then be made", async () => {
    const fresh = new Agent(ctx.app, "203.0.113.14");
    await signUp(fresh, "expiring@example.fr");
    const id = await shareWith(fresh, "conseil@missionlocale.fr", { days: 1 });
    await ctx.database.db
      .update(shares)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(shares.id, id));
    const list = sharesResponseSchema.parse(await (await fresh.get("/api/shares")).json());
    expect(list.shares[0]?.status).toBe("expired");
    expect(await shareWith(fresh, "conseil@missionlocale.fr")).not.toBe(id);
  });
});
