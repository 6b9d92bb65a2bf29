import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiErrorSchema } from "../../shared/schemas/index";
import { Agent, openTestApp, type TestContext } from "../test/app";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await openTestApp();
});
afterAll(async () => {
  await ctx.close();
});

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/application\/json/);
  const body = apiErrorSchema.parse(await response.json());
  expect(body.error.code).toBe(code);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
}

describe("every response", () => {
  it("carries the security headers", async () => {
    for (const path of ["/api/health", "/api/nowhere", "/api/auth/me"]) {
      const response = await ctx.app.request(path);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    }
  });
});

describe("health and OpenAPI", () => {
  it("reports ok and the store in use", async () => {
    const response = await ctx.app.request("/api/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", store: ctx.database.kind });
  });

  it("describes every route with its request and response schemas", async () => {
    const response = await ctx.app.request("/api/openapi.json");
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          { requestBody?: { content: Record<string, { schema: { properties: object } }> } }
        >
      >;
    };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/api/health",
        "/api/auth/signup",
        "/api/auth/login",
        "/api/auth/me",
        "/api/auth/password",
      ]),
    );
    const signup =
      document.paths["/api/auth/signup"]?.post?.requestBody?.content["application/json"]?.schema;
    expect(Object.keys(signup?.properties ?? {})).toEqual([
      "email",
      "password",
      "displayName",
      "locale",
    ]);
  });
});

describe("bad requests", () => {
  it("answers unknown API routes with a JSON 404", async () => {
    await expectError(await ctx.app.request("/api/does-not-exist"), 404, "not_found");
  });

  it("answers a known path with the wrong method with 405 and Allow", async () => {
    const response = await new Agent(ctx.app).request("PUT", "/api/auth/login", {});
    await expectError(response, 405, "method_not_allowed");
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("rejects malformed JSON with invalid_json", async () => {
    await expectError(
      await new Agent(ctx.app).post("/api/auth/login", '{"email": '),
      400,
      "invalid_json",
    );
  });

  it("rejects a body over 1 MiB with 413 before reading it all", async () => {
    const huge = JSON.stringify({ email: "a@b.fr", password: "x".repeat(1_100_000) });
    await expectError(
      await new Agent(ctx.app).post("/api/auth/login", huge),
      413,
      "payload_too_large",
    );
  });

  it("rejects a state change that is not JSON (a form post) with 415", async () => {
    const response = await ctx.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "email=a%40b.fr&password=x",
    });
    await expectError(response, 415, "unsupported_media_type");
  });

  it("rejects a state change from another origin with 403, and accepts its own origin", async () => {
    const foreign = await new Agent(ctx.app).request("POST", "/api/auth/logout", undefined, {
      origin: "https://evil.example",
    });
    await expectError(foreign, 403, "forbidden_origin");
    const own = await new Agent(ctx.app).request("POST", "/api/auth/logout", undefined, {
      origin: "http://localhost",
    });
    expect(own.status).toBe(204);
  });
});
