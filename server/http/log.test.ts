import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "../../shared/ids";
import { Agent, openTestApp, signUp, strongPassword, type TestContext } from "../test/app";

let ctx: TestContext;
const lines: string[] = [];
beforeAll(async () => {
  ctx = await openTestApp({ log: { write: (line: string) => lines.push(line) } });
});
afterAll(async () => {
  await ctx.close();
});

type LogLine = Record<string, unknown> & { requestId?: string };
const entries = (): LogLine[] => lines.map((line) => JSON.parse(line));
const forRequest = (response: Response) =>
  entries().filter((entry) => entry.requestId === response.headers.get("x-request-id"));

describe("the server's log", () => {
  it("writes one line per request with its id, method, route pattern, status and duration", async () => {
    const agent = new Agent(ctx.app, "203.0.113.50");
    await signUp(agent, "journal@example.fr");
    const response = await agent.post(`/api/conflicts/${uuidv7()}/resolve`);
    expect(response.status).toBe(404);
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(forRequest(response)).toEqual([
      expect.objectContaining({
        level: "info",
        msg: "request",
        method: "POST",
        route: "/api/conflicts/:id/resolve",
        status: 404,
        durationMs: expect.any(Number),
      }),
    ]);
  });

  it("logs a database error with the request's id, route and status 500, and nothing personal", async () => {
    // A refusal that only the database knows of, on the row that holds an email and a hash.
    await ctx.database.db.execute(
      sql`alter table users add constraint refuses_one check (display_name <> 'Dominique Refus')`,
    );
    const agent = new Agent(ctx.app, "203.0.113.51");
    const response = await agent.post("/api/auth/signup", {
      email: "refus.secret@example.fr",
      password: strongPassword,
      displayName: "Dominique Refus",
    });
    expect(response.status).toBe(500);
    const logged = forRequest(response);
    expect(logged).toContainEqual(
      expect.objectContaining({ route: "/api/auth/signup", status: 500 }),
    );
    const failure = logged.find((entry) => entry.level === "error");
    expect(failure?.err).toEqual(
      expect.objectContaining({ message: expect.stringContaining("Failed query") }),
    );
    const text = logged.map((entry) => JSON.stringify(entry)).join("\n");
    for (const secret of ["refus.secret", "example.fr", "$argon2", strongPassword, "Dominique"])
      expect(text).not.toContain(secret);
  });

  it("logs nothing of a failed login's email or password", async () => {
    const agent = new Agent(ctx.app, "203.0.113.52");
    await signUp(agent, "mauvais.mot@example.fr");
    const stranger = new Agent(ctx.app, "203.0.113.53");
    const response = await stranger.post("/api/auth/login", {
      email: "mauvais.mot@example.fr",
      password: "pas le bon mot de passe",
    });
    expect(response.status).toBe(401);
    const text = lines.join("\n");
    expect(forRequest(response)).toHaveLength(1);
    expect(text).not.toContain("mauvais.mot");
    expect(text).not.toContain("pas le bon mot de passe");
  });
});
