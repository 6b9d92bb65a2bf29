import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { apiErrorSchema, userResponseSchema } from "../../../shared/schemas/index";
import { sessions, trustedDevices, users } from "../../db/schema";
import { Agent, openTestApp, signUp, strongPassword, type TestContext } from "../../test/app";

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

let counter = 0;
const uniqueEmail = () => `person${++counter}.${Date.now()}@example.fr`;

async function errorCode(response: Response) {
  return apiErrorSchema.parse(await response.json()).error.code;
}

describe("sign-up", () => {
  it("creates a person, returns the user and a session cookie that /me accepts", async () => {
    const agent = new Agent(ctx.app);
    const email = uniqueEmail();
    const response = await agent.post("/api/auth/signup", {
      email: `  ${email.toUpperCase()} `,
      password: strongPassword,
      displayName: "Élodie Łukasiewicz",
      locale: "en",
    });
    expect(response.status).toBe(201);
    const { user } = userResponseSchema.parse(await response.json());
    expect(user).toMatchObject({
      email,
      role: "person",
      displayName: "Élodie Łukasiewicz",
      locale: "en",
    });
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith("sf_session="));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);

    const me = await agent.get("/api/auth/me");
    expect(me.status).toBe(200);
    expect(userResponseSchema.parse(await me.json()).user.id).toBe(user.id);
  });

  it("stores an argon2id hash with m=19456, t=2, p=1 and only the SHA-256 of the session token", async () => {
    const agent = new Agent(ctx.app);
    const email = uniqueEmail();
    await signUp(agent, email);
    const [row] = await ctx.database.db.select().from(users).where(eq(users.email, email));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row?.passwordHash).not.toContain(strongPassword);
    const token = agent.cookies.get("sf_session");
    const stored = await ctx.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, row?.id ?? ""));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0]?.tokenHash).not.toBe(token);
  });

  it("refuses an email already in use, whatever its case, with 409 email_taken", async () => {
    const email = uniqueEmail();
    await signUp(new Agent(ctx.app), email);
    const again = await new Agent(ctx.app).post("/api/auth/signup", {
      email: email.toUpperCase(),
      password: strongPassword,
      displayName: "Someone Else",
    });
    expect(again.status).toBe(409);
    expect(await errorCode(again)).toBe("email_taken");
  });

  it.each([
    ["password", "weak_password"],
    ["azerty123", "weak_password"],
    ["Motdepasse", "weak_password"],
    ["short", "invalid_input"],
    ["x".repeat(129), "invalid_input"],
  ])("refuses the password %j with %s", async (password, code) => {
    const response = await new Agent(ctx.app).post("/api/auth/signup", {
      email: uniqueEmail(),
      password,
      displayName: "Test",
    });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe(code);
  });

  it("counts password length in characters, not bytes: eight accented letters are enough", async () => {
    const response = await new Agent(ctx.app).post("/api/auth/signup", {
      email: uniqueEmail(),
      password: "éàèùçôîë",
      displayName: "Test",
    });
    expect(response.status).toBe(201);
  });

  it("names each invalid field in details", async () => {
    const response = await new Agent(ctx.app).post("/api/auth/signup", {
      email: "not-an-email",
      password: 3,
    });
    expect(response.status).toBe(400);
    const body = apiErrorSchema.parse(await response.json());
    expect(body.error.code).toBe("invalid_input");
    expect(JSON.stringify(body.error.details)).toContain("email");
    expect(JSON.stringify(body.error.details)).toContain("password");
    expect(JSON.stringify(body.error.details)).toContain("displayName");
  });
});

describe("login", () => {
  it("signs in with the right password, case-insensitive email, and rotates the session", async () => {
    const email = uniqueEmail();
    const agent = new Agent(ctx.app);
    await signUp(agent, email);
    const before = agent.cookies.get("sf_session");
    const response = await agent.post("/api/auth/login", {
      email: email.toUpperCase(),
      password: strongPassword,
    });
    expect(response.status).toBe(200);
    const after = agent.cookies.get("sf_session");
    expect(after).toBeDefined();
    expect(after).not.toBe(before);

    const replay = new Agent(ctx.app);
    replay.cookies.set("sf_session", before ?? "");
    expect((await replay.get("/api/auth/me")).status).toBe(401);
  });

  it("gives the same 401 for an unknown email and a wrong password", async () => {
    const email = uniqueEmail();
    await signUp(new Agent(ctx.app), email);
    const wrong = await new Agent(ctx.app, "198.51.100.1").post("/api/auth/login", {
      email,
      password: "nope nope",
    });
    const unknown = await new Agent(ctx.app, "198.51.100.1").post("/api/auth/login", {
      email: uniqueEmail(),
      password: "nope nope",
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it("throttles an account after 10 failures from unknown devices, answering 429 with Retry-After", async () => {
    const email = uniqueEmail();
    await signUp(new Agent(ctx.app), email);
    for (let attempt = 0; attempt < 10; attempt++) {
      const ip = `192.0.2.${attempt + 1}`;
      const response = await new Agent(ctx.app, ip).post("/api/auth/login", {
        email,
        password: "wrong guess",
      });
      expect(response.status).toBe(401);
    }
    const blocked = await new Agent(ctx.app, "192.0.2.99").post("/api/auth/login", {
      email,
      password: strongPassword,
    });
    expect(blocked.status).toBe(429);
    expect(await errorCode(blocked)).toBe("rate_limited");
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("lets the real user in from a device that signed in before, even while attackers are throttled", async () => {
    const email = uniqueEmail();
    const phone = new Agent(ctx.app, "203.0.113.50");
    await signUp(phone, email);
    await phone.post("/api/auth/logout");
    expect((await phone.post("/api/auth/login", { email, password: strongPassword })).status).toBe(
      200,
    );
    expect(phone.cookies.get("sf_device")).toBeDefined();
    await phone.post("/api/auth/logout");

    for (let attempt = 0; attempt < 12; attempt++) {
      await new Agent(ctx.app, `192.0.2.${100 + attempt}`).post("/api/auth/login", {
        email,
        password: "attack",
      });
    }
    const attacker = await new Agent(ctx.app, "192.0.2.200").post("/api/auth/login", {
      email,
      password: strongPassword,
    });
    expect(attacker.status).toBe(429);
    const owner = await phone.post("/api/auth/login", { email, password: strongPassword });
    expect(owner.status).toBe(200);
  });

  it("does not let one account's trusted-device cookie bypass another account's throttle", async () => {
    const mine = uniqueEmail();
    const victim = uniqueEmail();
    const attacker = new Agent(ctx.app, "192.0.2.150");
    await signUp(attacker, mine);
    await attacker.post("/api/auth/logout");
    await attacker.post("/api/auth/login", { email: mine, password: strongPassword });
    const [device] = await ctx.database.db.select().from(trustedDevices);
    expect(device).toBeDefined();
    await signUp(new Agent(ctx.app), victim);
    for (let attempt = 0; attempt < 10; attempt++) {
      await attacker.post("/api/auth/login", { email: victim, password: "guess" });
    }
    const blocked = await attacker.post("/api/auth/login", { email: victim, password: "guess" });
    expect(blocked.status).toBe(429);
  });

  it("throttles one IP that sprays many accounts", async () => {
    const ip = "198.51.100.77";
    let last: Response | undefined;
    for (let attempt = 0; attempt < 51; attempt++) {
      last = await new Agent(ctx.app, ip).post("/api/auth/login", {
        email: uniqueEmail(),
        password: "spray",
      });
    }
    expect(last?.status).toBe(429);
  });

  it("frees the account once the window has passed", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const email = uniqueEmail();
    await signUp(new Agent(ctx.app), email);
    for (let attempt = 0; attempt < 10; attempt++) {
      await new Agent(ctx.app, `192.0.2.${attempt + 30}`).post("/api/auth/login", {
        email,
        password: "bad",
      });
    }
    expect(
      (
        await new Agent(ctx.app, "192.0.2.60").post("/api/auth/login", {
          email,
          password: strongPassword,
        })
      ).status,
    ).toBe(429);
    vi.setSystemTime(Date.now() + 16 * 60_000);
    expect(
      (
        await new Agent(ctx.app, "192.0.2.61").post("/api/auth/login", {
          email,
          password: strongPassword,
        })
      ).status,
    ).toBe(200);
  });
});

describe("sessions", () => {
  it("logout ends the session server-side: replaying the old cookie gets 401", async () => {
    const agent = new Agent(ctx.app);
    await signUp(agent, uniqueEmail());
    const token = agent.cookies.get("sf_session") ?? "";
    const logout = await agent.post("/api/auth/logout");
    expect(logout.status).toBe(204);
    expect(agent.cookies.has("sf_session")).toBe(false);
    const replay = new Agent(ctx.app);
    replay.cookies.set("sf_session", token);
    const me = await replay.get("/api/auth/me");
    expect(me.status).toBe(401);
    expect(await errorCode(me)).toBe("unauthenticated");
  });

  it("/me without a cookie or with a forged one is 401", async () => {
    expect((await new Agent(ctx.app).get("/api/auth/me")).status).toBe(401);
    const forged = new Agent(ctx.app);
    forged.cookies.set("sf_session", "A".repeat(43));
    expect((await forged.get("/api/auth/me")).status).toBe(401);
  });

  it("a person's session survives a week of idleness but not 31 days", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const agent = new Agent(ctx.app);
    await signUp(agent, uniqueEmail());
    vi.setSystemTime(Date.now() + 7 * 24 * 3600_000);
    expect((await agent.get("/api/auth/me")).status).toBe(200);
    vi.setSystemTime(Date.now() + 31 * 24 * 3600_000);
    expect((await agent.get("/api/auth/me")).status).toBe(401);
  });

  it("an adviser's session ends after 30 idle minutes, and after 12 hours however active", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const email = uniqueEmail();
    const agent = new Agent(ctx.app);
    await signUp(agent, email);
    await ctx.database.db.update(users).set({ role: "adviser" }).where(eq(users.email, email));
    await agent.post("/api/auth/login", { email, password: strongPassword });
    vi.setSystemTime(Date.now() + 29 * 60_000);
    expect((await agent.get("/api/auth/me")).status).toBe(200);
    vi.setSystemTime(Date.now() + 31 * 60_000);
    expect((await agent.get("/api/auth/me")).status).toBe(401);

    await agent.post("/api/auth/login", { email, password: strongPassword });
    const signedInAt = Date.now();
    while (Date.now() - signedInAt < 11.5 * 3600_000) {
      vi.setSystemTime(Date.now() + 25 * 60_000);
      expect((await agent.get("/api/auth/me")).status).toBe(200);
    }
    vi.setSystemTime(signedInAt + 12 * 3600_000 + 60_000);
    expect((await agent.get("/api/auth/me")).status).toBe(401);
  });
});

describe("account", () => {
  it("changes the password: the old one stops working, other sessions end, this one continues", async () => {
    const email = uniqueEmail();
    const laptop = new Agent(ctx.app);
    await signUp(laptop, email);
    const phone = new Agent(ctx.app, "203.0.113.9");
    await phone.post("/api/auth/login", { email, password: strongPassword });

    const newPassword = "une autre phrase secrète";
    const change = await laptop.post("/api/auth/password", {
      currentPassword: strongPassword,
      newPassword,
    });
    expect(change.status).toBe(204);
    expect((await laptop.get("/api/auth/me")).status).toBe(200);
    expect((await phone.get("/api/auth/me")).status).toBe(401);
    expect(
      (await new Agent(ctx.app).post("/api/auth/login", { email, password: strongPassword }))
        .status,
    ).toBe(401);
    expect(
      (await new Agent(ctx.app).post("/api/auth/login", { email, password: newPassword })).status,
    ).toBe(200);
  });

  it("refuses a wrong current password or a common new one, and keeps the old password", async () => {
    const email = uniqueEmail();
    const agent = new Agent(ctx.app);
    await signUp(agent, email);
    const wrong = await agent.post("/api/auth/password", {
      currentPassword: "not it at all",
      newPassword: "fresh phrase here",
    });
    expect(wrong.status).toBe(400);
    expect(await errorCode(wrong)).toBe("invalid_credentials");
    const weak = await agent.post("/api/auth/password", {
      currentPassword: strongPassword,
      newPassword: "password1",
    });
    expect(weak.status).toBe(400);
    expect(await errorCode(weak)).toBe("weak_password");
    expect(
      (await new Agent(ctx.app).post("/api/auth/login", { email, password: strongPassword }))
        .status,
    ).toBe(200);
  });

  it("updates display name and language", async () => {
    const agent = new Agent(ctx.app);
    await signUp(agent, uniqueEmail());
    const response = await agent.patch("/api/auth/me", {
      displayName: "Nouveau Nom",
      locale: "en",
    });
    expect(response.status).toBe(200);
    expect(userResponseSchema.parse(await response.json()).user).toMatchObject({
      displayName: "Nouveau Nom",
      locale: "en",
    });
    expect((await agent.patch("/api/auth/me", { locale: "de" })).status).toBe(400);
  });

  it("requires a session for /me, password and profile changes", async () => {
    const anonymous = new Agent(ctx.app);
    expect((await anonymous.patch("/api/auth/me", { locale: "en" })).status).toBe(401);
    expect(
      (
        await anonymous.post("/api/auth/password", {
          currentPassword: "a",
          newPassword: "b".repeat(10),
        })
      ).status,
    ).toBe(401);
  });
});
