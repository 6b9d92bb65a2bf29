import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdmin, UsageError } from "./admin";
import { recoveryCodes, users } from "./db/schema";
import { ApiError } from "./http/errors";
import { Agent, openTestApp, signUp, strongPassword, type TestContext } from "./test/app";
import { enrol, signInAdviser } from "./test/sharing";

/** The code an operator reads in a command's output and hands over to the account's owner. */
const enrolmentCodeIn = (output: string) => output.match(/Enrolment code .*: (\S+)$/m)?.[1] ?? "";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await openTestApp();
});
afterAll(async () => {
  await ctx.close();
});

describe("admin command", () => {
  it("creates an adviser whose generated password signs in with the adviser role", async () => {
    const output = await runAdmin(ctx.database.db, [
      "create-adviser",
      "--email",
      "Conseil@ML.fr",
      "--name",
      "Alex Conseil",
    ]);
    const password = output.match(/shown once\): (\S+)/)?.[1] ?? "";
    expect(password.length).toBeGreaterThanOrEqual(16);
    const response = await new Agent(ctx.app).post("/api/auth/login", {
      email: "conseil@ml.fr",
      password,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      user: { role: "adviser", displayName: "Alex Conseil", secondFactor: "none" },
    });
    expect(output).toMatch(/Enrolment code \(shown once, single use, valid until .*\): \S+$/m);
  });

  it("prints an enrolment code with which the new adviser or admin sets up the second factor", async () => {
    for (const command of ["create-adviser", "create-admin"]) {
      const email = `${command}@ml.fr`;
      const output = await runAdmin(ctx.database.db, [command, "--email", email, "--name", "N"]);
      const password = output.match(/shown once\): (\S+)/)?.[1] ?? "";
      const agent = new Agent(ctx.app, "198.51.100.5");
      await agent.post("/api/auth/login", { email, password });
      await enrol(agent, enrolmentCodeIn(output));
      expect(await (await agent.get("/api/auth/me")).json()).toMatchObject({
        user: { secondFactor: "passed" },
      });
    }
  });

  it("issues a fresh enrolment code on demand, which replaces the earlier one", async () => {
    const first = await runAdmin(ctx.database.db, [
      "create-adviser",
      "--email",
      "fresh-code@ml.fr",
      "--name",
      "N",
      "--password",
      strongPassword,
    ]);
    const second = await runAdmin(ctx.database.db, [
      "enrolment-code",
      "--email",
      "fresh-code@ml.fr",
    ]);
    const agent = new Agent(ctx.app, "198.51.100.6");
    await agent.post("/api/auth/login", { email: "fresh-code@ml.fr", password: strongPassword });
    const old = await agent.post("/api/auth/totp/setup", { enrolmentCode: enrolmentCodeIn(first) });
    expect(old.status).toBe(403);
    await enrol(agent, enrolmentCodeIn(second));
    await expect(
      runAdmin(ctx.database.db, ["enrolment-code", "--email", "fresh-code@ml.fr"]),
    ).rejects.toThrow(/already has a second factor/);
    await signUp(new Agent(ctx.app), "just-a-person@example.fr");
    await expect(
      runAdmin(ctx.database.db, ["enrolment-code", "--email", "just-a-person@example.fr"]),
    ).rejects.toThrow(/is a person/);
  });

  it("refuses a duplicate email, a common password and missing options, changing nothing", async () => {
    await expect(
      runAdmin(ctx.database.db, ["create-adviser", "--email", "conseil@ml.fr", "--name", "X"]),
    ).rejects.toThrow(ApiError);
    await expect(
      runAdmin(ctx.database.db, [
        "create-adviser",
        "--email",
        "other@ml.fr",
        "--name",
        "X",
        "--password",
        "password1",
      ]),
    ).rejects.toThrow(/too common/);
    await expect(runAdmin(ctx.database.db, ["create-adviser", "--name", "X"])).rejects.toThrow(
      UsageError,
    );
    await expect(runAdmin(ctx.database.db, ["explode"])).rejects.toThrow(/Unknown command/);
    const rows = await ctx.database.db.select().from(users).where(eq(users.email, "other@ml.fr"));
    expect(rows).toHaveLength(0);
  });

  it("resets a password and ends the account's sessions", async () => {
    const agent = new Agent(ctx.app);
    await signUp(agent, "forgot@example.fr");
    await runAdmin(ctx.database.db, [
      "reset-password",
      "--email",
      "forgot@example.fr",
      "--password",
      "a brand new phrase",
    ]);
    expect((await agent.get("/api/auth/me")).status).toBe(401);
    const old = await new Agent(ctx.app).post("/api/auth/login", {
      email: "forgot@example.fr",
      password: strongPassword,
    });
    expect(old.status).toBe(401);
    const fresh = await new Agent(ctx.app).post("/api/auth/login", {
      email: "forgot@example.fr",
      password: "a brand new phrase",
    });
    expect(fresh.status).toBe(200);
  });

  it("removes a lost second factor: sessions end, recovery codes go, the next sign-in asks to enrol", async () => {
    const { agent } = await signInAdviser(ctx, "lost-phone@cio.fr");
    const login = () =>
      new Agent(ctx.app, "198.51.100.77").post("/api/auth/login", {
        email: "lost-phone@cio.fr",
        password: strongPassword,
      });
    expect((await login()).status).toBe(401);
    const output = await runAdmin(ctx.database.db, [
      "reset-second-factor",
      "--email",
      "lost-phone@cio.fr",
    ]);
    expect(output).toContain("lost-phone@cio.fr");
    expect(enrolmentCodeIn(output)).toMatch(/^[0-9a-z]{5}(-[0-9a-z]{5}){3}$/);
    expect((await agent.get("/api/auth/me")).status).toBe(401);
    const [user] = await ctx.database.db
      .select()
      .from(users)
      .where(eq(users.email, "lost-phone@cio.fr"));
    expect(user).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    const codes = await ctx.database.db
      .select()
      .from(recoveryCodes)
      .where(eq(recoveryCodes.userId, user?.id ?? ""));
    expect(codes).toEqual([]);
    const fresh = await login();
    expect(fresh.status).toBe(200);
    expect(await fresh.json()).toMatchObject({ user: { secondFactor: "none" } });
    await expect(
      runAdmin(ctx.database.db, ["reset-second-factor", "--email", "nobody@cio.fr"]),
    ).rejects.toThrow(UsageError);
  });

  it("changes a role and refuses an unknown one", async () => {
    await signUp(new Agent(ctx.app), "promote@example.fr");
    const promoted = await runAdmin(ctx.database.db, [
      "set-role",
      "--email",
      "promote@example.fr",
      "--role",
      "adviser",
    ]);
    const [row] = await ctx.database.db
      .select()
      .from(users)
      .where(eq(users.email, "promote@example.fr"));
    expect(row?.role).toBe("adviser");
    expect(promoted).toMatch(/Enrolment code .*: \S+$/m);
    await expect(
      runAdmin(ctx.database.db, ["set-role", "--email", "promote@example.fr", "--role", "king"]),
    ).rejects.toThrow(UsageError);
  });
});
