import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { apiErrorSchema, userResponseSchema } from "../../../shared/schemas/index";
import { runAdmin } from "../../admin";
import { apiDocs } from "../../app";
import { issueEnrolmentCode } from "../../auth/enrolment-codes";
import { Agent, openTestApp, strongPassword, type TestContext } from "../../test/app";
import { enrol, signInAdviser, totpCode } from "../../test/sharing";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await openTestApp();
});
afterAll(async () => {
  await ctx.close();
});
afterEach(() => {
  vi.useRealTimers();
});

async function expectError(response: Response, status: number, code: string) {
  expect({
    status: response.status,
    code: apiErrorSchema.parse(await response.json()).error.code,
  }).toEqual({ status, code });
}

const setup = (agent: Agent, enrolmentCode?: string) =>
  agent.post("/api/auth/totp/setup", enrolmentCode === undefined ? {} : { enrolmentCode });

describe("enrolling a second factor", () => {
  it("needs the operator's enrolment code besides the password, with a precise error for each refusal", async () => {
    const { agent, enrolmentCode } = await signInAdviser(ctx, "needs-code@cio.fr", {
      enrol: false,
    });
    await expectError(await setup(agent), 403, "enrolment_code_required");
    await expectError(await setup(agent, "aaaaa-bbbbb-ccccc-ddddd"), 403, "enrolment_code_invalid");
    const started = await setup(agent, enrolmentCode.toUpperCase().replaceAll("-", " "));
    expect(started.status).toBe(200);
    const { secret } = (await started.json()) as { secret: string };
    await expectError(
      await agent.post("/api/auth/totp/enable", { code: totpCode(secret) }),
      403,
      "enrolment_code_required",
    );
    expect(
      (await agent.post("/api/auth/totp/enable", { code: totpCode(secret), enrolmentCode })).status,
    ).toBe(200);
  });

  it("refuses a code that was used already, on this account or after signing in elsewhere", async () => {
    const { agent, enrolmentCode } = await signInAdviser(ctx, "used-code@cio.fr");
    await expectError(await setup(agent, enrolmentCode), 409, "second_factor_already_enabled");
    await runAdmin(ctx.database.db, ["reset-second-factor", "--email", "used-code@cio.fr"]);
    const again = new Agent(ctx.app, "198.51.100.120");
    await again.post("/api/auth/login", { email: "used-code@cio.fr", password: strongPassword });
    await expectError(await setup(again, enrolmentCode), 403, "enrolment_code_invalid");
  });

  it("refuses a code used up by an enrolment, even to the same account without a factor", async () => {
    const { agent, enrolmentCode } = await signInAdviser(ctx, "single-use@cio.fr", {
      enrol: false,
    });
    await enrol(agent, enrolmentCode);
    // The factor is removed behind the operator's command's back: the old code stays used.
    const { users } = await import("../../db/schema");
    const { eq } = await import("drizzle-orm");
    await ctx.database.db
      .update(users)
      .set({ totpEnabledAt: null, totpSecret: null })
      .where(eq(users.email, "single-use@cio.fr"));
    await expectError(await setup(agent, enrolmentCode), 403, "enrolment_code_used");
  });

  it("refuses a code older than 72 hours", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { enrolmentCode } = await signInAdviser(ctx, "late@cio.fr", { enrol: false });
    // Signed in afresh each time: an adviser's session ends after 30 idle minutes.
    const signIn = async () => {
      const agent = new Agent(ctx.app, "198.51.100.121");
      await agent.post("/api/auth/login", { email: "late@cio.fr", password: strongPassword });
      return agent;
    };
    vi.setSystemTime(Date.now() + 71 * 3600_000);
    expect((await setup(await signIn(), enrolmentCode)).status).toBe(200);
    vi.setSystemTime(Date.now() + 2 * 3600_000);
    await expectError(await setup(await signIn(), enrolmentCode), 403, "enrolment_code_expired");
  });

  it("after reset-second-factor, takes only the new code that the command printed", async () => {
    const { enrolmentCode: first } = await signInAdviser(ctx, "reset@cio.fr");
    const output = await runAdmin(ctx.database.db, [
      "reset-second-factor",
      "--email",
      "reset@cio.fr",
    ]);
    const printed = output.match(/Enrolment code .*: (\S+)$/m)?.[1] ?? "";
    expect(printed).toMatch(/^[0-9a-z]{5}(-[0-9a-z]{5}){3}$/);
    const agent = new Agent(ctx.app, "198.51.100.122");
    const login = await agent.post("/api/auth/login", {
      email: "reset@cio.fr",
      password: strongPassword,
    });
    expect(userResponseSchema.parse(await login.json()).user.secondFactor).toBe("none");
    await expectError(await setup(agent), 403, "enrolment_code_required");
    await expectError(await setup(agent, first), 403, "enrolment_code_invalid");
    await enrol(agent, printed);
    expect((await agent.get("/api/adviser/caseload")).status).toBe(200);
  });

  it("an admin must enrol too: with the password alone, nothing but the enrolment", async () => {
    const { agent, enrolmentCode } = await signInAdviser(ctx, "admin@cio.fr", {
      enrol: false,
      role: "admin",
    });
    await expectError(
      await agent.get("/api/account/export"),
      403,
      "second_factor_enrolment_required",
    );
    await enrol(agent, enrolmentCode);
    expect((await agent.get("/api/account/export")).status).toBe(200);
  });
});

describe("a session that has not passed the second factor", () => {
  /** What such a session may reach: who it is, and the enrolment itself. */
  const enrolmentRoutes = new Set([
    "get /api/auth/me",
    "post /api/auth/totp/setup",
    "post /api/auth/totp/enable",
  ]);
  const signedInRoutes = apiDocs.filter(
    (doc) => doc.auth && !enrolmentRoutes.has(`${doc.method} ${doc.path}`),
  );

  it.each([
    ["adviser", "adviser"],
    ["admin", "admin"],
  ] as const)(
    "is refused by every signed-in route, for an %s (export of their comments included)",
    async (_, role) => {
      const { agent } = await signInAdviser(ctx, `unpassed-${role}@cio.fr`, { enrol: false, role });
      expect(signedInRoutes.map((doc) => doc.path)).toContain("/api/account/export");
      const someId = "00000000-0000-4000-8000-000000000000";
      for (const doc of signedInRoutes) {
        const path = doc.path.replace(/\{sha256\}/g, "a".repeat(64)).replace(/\{[^}]+\}/g, someId);
        const response = await agent.request(
          doc.method.toUpperCase(),
          path,
          doc.method === "get" || doc.method === "head" ? undefined : {},
        );
        const answer = { route: `${doc.method} ${doc.path}`, status: response.status };
        // 403 from the second-factor gate, or 403 forbidden when the role cannot use the route at all.
        expect(answer).toEqual({ route: answer.route, status: 403 });
      }
    },
  );
});

describe("enrolment codes", () => {
  it("are stored as a hash only, and a fresh one replaces the earlier one", async () => {
    const { enrolmentCode } = await signInAdviser(ctx, "stored@cio.fr", { enrol: false });
    const { enrolmentCodes } = await import("../../db/schema");
    const rows = await ctx.database.db.select().from(enrolmentCodes);
    expect(JSON.stringify(rows)).not.toContain(enrolmentCode);
    expect(JSON.stringify(rows)).not.toContain(enrolmentCode.replaceAll("-", ""));
    const [row] = rows.filter((r) => r.usedAt === null);
    const second = await issueEnrolmentCode(ctx.database.db, row?.userId ?? "");
    expect(second.code).not.toBe(enrolmentCode);
  });
});
