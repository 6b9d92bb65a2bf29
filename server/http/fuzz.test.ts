import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiErrorSchema } from "../../shared/schemas/index";
import { apiDocs } from "../app";
import { Agent, openTestApp, signUp, strongPassword, type TestContext } from "../test/app";

let ctx: TestContext;
let signedIn: Agent;
beforeAll(async () => {
  ctx = await openTestApp();
  signedIn = new Agent(ctx.app, "203.0.113.200");
  await signUp(signedIn, "fuzz@example.fr");
});
afterAll(async () => {
  await ctx.close();
});

const methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
const paths = [...new Set(apiDocs.map((doc) => doc.path.replace(/\{[^}]+\}/g, "x")))];

/** Bodies that are wrong in every way a client or an attacker could send them. */
const badBody = fc.oneof(
  fc.json(),
  fc.string(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc
    .record(
      {
        email: fc.oneof(
          fc.string(),
          fc.emailAddress(),
          fc.integer(),
          fc.constant(null),
          fc.array(fc.string()),
        ),
        password: fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.integer(),
          fc.constant(null),
          fc.object(),
        ),
        displayName: fc.oneof(fc.string({ maxLength: 300 }), fc.boolean(), fc.constant("")),
        locale: fc.oneof(fc.constantFrom("fr", "en", "de", ""), fc.integer()),
        currentPassword: fc.oneof(fc.string(), fc.integer()),
        newPassword: fc.oneof(fc.string({ maxLength: 200 }), fc.constant(null)),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  fc.constantFrom(
    "",
    "{",
    "[]",
    "null",
    "\u0000",
    '{"email":"a@b.fr","password":"x"}x',
    '"\\ud800"',
  ),
);

const contentType = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-8",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "",
);

describe("bad input never breaks the server", () => {
  it("answers hundreds of generated bad requests to every route with a 4xx JSON error or success, never 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...methods),
        fc.constantFrom(...paths, "/api/auth/../health", "/api/%ZZ", "/api/auth/me/extra"),
        badBody,
        contentType,
        fc.boolean(),
        async (method, path, body, type, withSession) => {
          const cookie = withSession
            ? [...signedIn.cookies].map(([k, v]) => `${k}=${v}`).join("; ")
            : "";
          const response = await ctx.app.request(path, {
            method,
            headers: {
              ...(type ? { "content-type": type } : {}),
              ...(cookie ? { cookie } : {}),
              "x-forwarded-for": "10.9.9.9",
            },
            ...(method === "GET" || method === "HEAD" ? {} : { body }),
          });
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400 && method !== "HEAD") {
            const parsed = apiErrorSchema.safeParse(await response.json());
            expect(parsed.success).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
    const health = await ctx.app.request("/api/health");
    expect(health.status).toBe(200);
    // The fuzzer may well have signed this session out; the account itself must be intact.
    const again = new Agent(ctx.app, "203.0.113.201");
    expect(
      (await again.post("/api/auth/login", { email: "fuzz@example.fr", password: strongPassword }))
        .status,
    ).toBe(200);
    expect((await again.get("/api/auth/me")).status).toBe(200);
  });
});
