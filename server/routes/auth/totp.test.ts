import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiErrorSchema,
  recoveryCodesResponseSchema,
  userResponseSchema,
} from "../../../shared/schemas/index";
import { recoveryCodes, sessions, users } from "../../db/schema";
import { Agent, openTestApp, signUp, strongPassword, type TestContext } from "../../test/app";
import { enrol, signInAdviser, totpCode } from "../../test/sharing";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await openTestApp();
});
afterAll(async () => {
  await ctx.close();
});

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(apiErrorSchema.parse(await response.json()).error.code).toBe(code);
}

const STEP = 30_000;
const login = (agent: Agent, email: string, extra: Record<string, string> = {}) =>
  agent.post("/api/auth/login", { email, password: strongPassword, ...extra });

describe("the adviser's second factor", () => {
  it("enrols with a code from the app, returns 10 recovery codes once and stores only their hashes", async () => {
    const { agent, secret, recoveryCodes: codes } = await signInAdviser(ctx, "enrol@cio.fr");
    expect(secret).toMatch(/^[A-Z2-7]+$/);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored = await ctx.database.db.select().from(recoveryCodes);
    expect(stored).toHaveLength(10);
    for (const code of codes) expect(JSON.stringify(stored)).not.toContain(code);
    const me = userResponseSchema.parse(await (await agent.get("/api/auth/me")).json());
    expect(me.user.secondFactor).toBe("passed");
    expect((await agent.get("/api/adviser/caseload")).status).toBe(200);
  });

  it("gives the otpauth URI for the QR code and keeps the secret inactive until confirmed", async () => {
    const { agent, enrolmentCode } = await signInAdviser(ctx, "pending@cio.fr", { enrol: false });
    const setup = await agent.post("/api/auth/totp/setup", { enrolmentCode });
    expect(setup.status).toBe(200);
    const { otpauthUri } = (await setup.json()) as { otpauthUri: string };
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Skillfolio:pending%40cio\.fr\?/);
    expect(otpauthUri).toContain("algorithm=SHA1");
    expect(otpauthUri).toContain("digits=6");
    expect(otpauthUri).toContain("period=30");
    // Not confirmed: signing in still needs no code, and data routes still ask for enrolment.
    const other = new Agent(ctx.app, "198.51.100.31");
    expect((await login(other, "pending@cio.fr")).status).toBe(200);
    await expectError(
      await agent.get("/api/adviser/caseload"),
      403,
      "second_factor_enrolment_required",
    );
    await expectError(
      await agent.post("/api/auth/totp/enable", { code: "000000", enrolmentCode }),
      400,
      "invalid_second_factor",
    );
  });

  it("signs in with a code; without one: 401 second_factor_required and no session", async () => {
    const { secret } = await signInAdviser(ctx, "login@cio.fr");
    const browser = new Agent(ctx.app, "198.51.100.40");
    const bare = await login(browser, "login@cio.fr");
    await expectError(bare, 401, "second_factor_required");
    expect(bare.headers.getSetCookie().join()).not.toContain("sf_session");
    expect(browser.cookies.has("sf_session")).toBe(false);

    // The enrolment used this step's code; the next step's is within the window.
    const response = await login(browser, "login@cio.fr", {
      totpCode: totpCode(secret ?? "", Date.now() + STEP),
    });
    expect(response.status).toBe(200);
    const { user } = userResponseSchema.parse(await response.json());
    expect(user.secondFactor).toBe("passed");
    expect((await browser.get("/api/adviser/caseload")).status).toBe(200);
  });

  it("refuses a code already used (same time step), and a wrong one, with invalid_second_factor", async () => {
    const { secret } = await signInAdviser(ctx, "replay@cio.fr");
    const code = totpCode(secret ?? "", Date.now() + STEP);
    expect(
      (await login(new Agent(ctx.app, "198.51.100.50"), "replay@cio.fr", { totpCode: code }))
        .status,
    ).toBe(200);
    const thief = new Agent(ctx.app, "198.51.100.51");
    const replay = await login(thief, "replay@cio.fr", { totpCode: code });
    await expectError(replay, 401, "invalid_second_factor");
    expect(thief.cookies.has("sf_session")).toBe(false);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    await expectError(
      await login(thief, "replay@cio.fr", { totpCode: wrong }),
      401,
      "invalid_second_factor",
    );
  });

  it("counts wrong codes toward the login throttle", async () => {
    await signInAdviser(ctx, "throttle@cio.fr");
    const attacker = new Agent(ctx.app, "198.51.100.60");
    for (let attempt = 0; attempt < 10; attempt++) {
      await expectError(
        await login(attacker, "throttle@cio.fr", { totpCode: "123456" }),
        401,
        "invalid_second_factor",
      );
    }
    await expectError(
      await login(attacker, "throttle@cio.fr", { totpCode: "123456" }),
      429,
      "rate_limited",
    );
  });

  it("accepts each recovery code once, typed with capitals and spaces", async () => {
    const { recoveryCodes: codes } = await signInAdviser(ctx, "recovery@cio.fr");
    const code = codes[0] ?? "";
    const typed = ` ${code.toUpperCase().replace("-", " ")} `;
    const phone = new Agent(ctx.app, "198.51.100.70");
    const first = await login(phone, "recovery@cio.fr", { recoveryCode: typed });
    expect(first.status).toBe(200);
    expect((await phone.get("/api/adviser/caseload")).status).toBe(200);
    await expectError(
      await login(new Agent(ctx.app, "198.51.100.71"), "recovery@cio.fr", { recoveryCode: code }),
      401,
      "invalid_second_factor",
    );
    const [account] = await ctx.database.db
      .select()
      .from(users)
      .where(eq(users.email, "recovery@cio.fr"));
    const left = await ctx.database.db
      .select()
      .from(recoveryCodes)
      .where(eq(recoveryCodes.userId, account?.id ?? ""));
    expect(left).toHaveLength(9);
  });

  it("regenerates the recovery codes with a current code; the old ones stop working", async () => {
    const { agent, secret, recoveryCodes: old } = await signInAdviser(ctx, "regen@cio.fr");
    await expectError(
      await agent.post("/api/auth/totp/recovery-codes", { code: "000000" }),
      400,
      "invalid_second_factor",
    );
    const response = await agent.post("/api/auth/totp/recovery-codes", {
      code: totpCode(secret ?? "", Date.now() + STEP),
    });
    expect(response.status).toBe(200);
    const fresh = recoveryCodesResponseSchema.parse(await response.json()).recoveryCodes;
    expect(fresh).toHaveLength(10);
    await expectError(
      await login(new Agent(ctx.app, "198.51.100.80"), "regen@cio.fr", {
        recoveryCode: old[1] ?? "",
      }),
      401,
      "invalid_second_factor",
    );
    expect(
      (
        await login(new Agent(ctx.app, "198.51.100.81"), "regen@cio.fr", {
          recoveryCode: fresh[1] ?? "",
        })
      ).status,
    ).toBe(200);
  });

  it("ends the account's other sessions at enrolment, which never passed the factor", async () => {
    const { agent: laptop, enrolmentCode } = await signInAdviser(ctx, "two@cio.fr", {
      enrol: false,
    });
    const desk = new Agent(ctx.app, "198.51.100.90");
    expect((await login(desk, "two@cio.fr")).status).toBe(200);
    await enrol(laptop, enrolmentCode);
    await expectError(await desk.get("/api/auth/me"), 401, "unauthenticated");
    const [account] = await ctx.database.db
      .select()
      .from(users)
      .where(eq(users.email, "two@cio.fr"));
    const left = await ctx.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, account?.id ?? ""));
    expect(left).toHaveLength(1);
    expect(left[0]?.secondFactorAt).not.toBeNull();
  });

  it("refuses a second setup once enabled, enable without setup, and any of it to a person", async () => {
    const { agent } = await signInAdviser(ctx, "twice@cio.fr");
    await expectError(
      await agent.post("/api/auth/totp/setup", {}),
      409,
      "second_factor_already_enabled",
    );
    const { agent: fresh, enrolmentCode } = await signInAdviser(ctx, "nosetup@cio.fr", {
      enrol: false,
    });
    await expectError(
      await fresh.post("/api/auth/totp/enable", { code: "123456", enrolmentCode }),
      409,
      "second_factor_not_set_up",
    );
    const person = new Agent(ctx.app, "198.51.100.99");
    const user = await signUp(person, "person-totp@example.fr");
    expect(user.secondFactor).toBe("none");
    await expectError(await person.post("/api/auth/totp/setup", {}), 403, "forbidden");
    await expectError(
      await new Agent(ctx.app).post("/api/auth/totp/setup", {}),
      401,
      "unauthenticated",
    );
  });

  it("lets an adviser without a second factor sign in, but every adviser data route answers 403", async () => {
    const { agent } = await signInAdviser(ctx, "noenrol@cio.fr", { enrol: false });
    const me = userResponseSchema.parse(await (await agent.get("/api/auth/me")).json());
    expect(me.user.secondFactor).toBe("none");
    const someShare = "00000000-0000-4000-8000-000000000000";
    for (const [method, path] of [
      ["GET", "/api/adviser/caseload"],
      ["GET", `/api/adviser/shares/${someShare}/portfolio`],
      ["GET", `/api/adviser/shares/${someShare}/blobs/${"a".repeat(64)}`],
      ["POST", `/api/adviser/shares/${someShare}/export`],
      ["GET", `/api/adviser/shares/${someShare}/comments`],
      ["POST", `/api/adviser/shares/${someShare}/comments`],
    ] as const) {
      const response = await agent.request(
        method,
        path,
        method === "POST" ? { body: "x" } : undefined,
      );
      await expectError(response, 403, "second_factor_enrolment_required");
    }
  });
});
