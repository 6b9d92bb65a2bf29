import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdmin, UsageError } from "./admin";
import { recoveryCodes, users } from "./db/schema";
import { ApiError } from "./http/errors";
import { Agent, openTestApp, signUp, strongPassword, type TestContext } from "./test/app";
import { signInAdviser } from "./test/sharing";

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
      user: { role: "adviser", displayName: "Alex Conseil" },
    });
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
    await runAdmin(ctx.database.db, [
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
    await expect(
      runAdmin(ctx.database.db, ["set-role", "--email", "promote@example.fr", "--role", "king"]),
    ).rejects.toThrow(UsageError);
  });
});
