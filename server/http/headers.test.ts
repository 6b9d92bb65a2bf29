import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app";
import { SyncPokes } from "../sync/pokes";
import { Agent, openTestApp, signUp, type TestContext } from "../test/app";
import { shareWith, signInAdviser } from "../test/sharing";
import { createLogger } from "./log";

let ctx: TestContext;
let person: Agent;
let adviser: Agent;
let shareId: string;
beforeAll(async () => {
  ctx = await openTestApp();
  person = new Agent(ctx.app, "203.0.113.30");
  await signUp(person, "headers@example.fr");
  ({ agent: adviser } = await signInAdviser(ctx, "headers-adviser@example.fr"));
  shareId = await shareWith(person, "headers-adviser@example.fr");
});
afterAll(async () => {
  await ctx.close();
});

/** The same app on the same store, configured as another deployment would be. */
function appWith(options: { secure: boolean; clientDist?: string }) {
  return createApp({
    db: ctx.database.db,
    store: ctx.database.kind,
    cookies: { secure: options.secure },
    trustProxy: true,
    pokes: new SyncPokes(ctx.database.listen),
    logger: createLogger({ level: "error" }),
    ...(options.clientDist ? { clientDist: options.clientDist } : {}),
  });
}

describe("caching of API answers", () => {
  it("forbids storing every personal answer, the errors included", async () => {
    const answers = [
      await person.get("/api/auth/me"),
      await person.get("/api/account/export"),
      await person.get("/api/shares"),
      await person.get("/api/access-log"),
      await adviser.get("/api/adviser/caseload"),
      await adviser.get(`/api/adviser/shares/${shareId}/portfolio`),
      await adviser.get(`/api/adviser/shares/${shareId}/comments`),
      await new Agent(ctx.app).get("/api/auth/me"),
      await person.get("/api/nowhere"),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([
      200, 200, 200, 200, 200, 200, 200, 401, 404,
    ]);
    for (const answer of answers) expect(answer.headers.get("cache-control")).toBe("no-store");
  });

  it("lets the health check, the API description and the public reference be cached as they say", async () => {
    expect((await ctx.app.request("/api/health")).headers.get("cache-control")).toBeNull();
    expect((await ctx.app.request("/api/openapi.json")).headers.get("cache-control")).toBeNull();
    expect((await ctx.app.request("/api/reference")).headers.get("cache-control")).toBe("no-cache");
  });
});

describe("transport and feature policy", () => {
  it("asks browsers for https only (HSTS, two years) when cookies are secure, and not otherwise", async () => {
    const secure = await appWith({ secure: true }).request("/api/health");
    expect(secure.headers.get("strict-transport-security")).toBe(
      "max-age=63072000; includeSubDomains",
    );
    const plain = await ctx.app.request("/api/health");
    expect(plain.headers.get("strict-transport-security")).toBeNull();
  });

  it("allows the camera to the site itself and turns every other powerful feature off", async () => {
    const policy = (await ctx.app.request("/api/health")).headers.get("permissions-policy") ?? "";
    const directives = policy.split(", ");
    expect(directives).toContain("camera=(self)");
    for (const feature of ["geolocation", "microphone", "payment", "usb"]) {
      expect(directives).toContain(`${feature}=()`);
    }
    expect(directives.filter((directive) => !directive.endsWith("=()"))).toEqual(["camera=(self)"]);
  });
});

describe("robots.txt", () => {
  it("is plain text that lets crawlers see the sign-in page only, even where the PWA answers every other path", async () => {
    const dist = mkdtempSync(path.join(tmpdir(), "skillfolio-dist-"));
    try {
      writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>Skillfolio</title>");
      const app = appWith({ secure: false, clientDist: dist });
      expect(await (await app.request("/experiences")).text()).toContain("<title>Skillfolio");

      const robots = await app.request("/robots.txt");
      expect(robots.status).toBe(200);
      expect(robots.headers.get("content-type")).toMatch(/^text\/plain/);
      expect((await robots.text()).split("\n")).toEqual([
        "User-agent: *",
        "Allow: /sign-in$",
        "Disallow: /",
        "",
      ]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
