import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "../env";
import { Agent, openTestApp, type TestContext } from "../test/app";
import { clientIp, ProxyList, type TrustProxy } from "./client-ip";

/** What the server sees: the header a request arrives with, and the socket's peer. */
async function seen(trustProxy: TrustProxy, forwardedFor: string | null, peer = "10.0.0.2") {
  const app = new Hono().get("/", (c) => c.text(clientIp(c, trustProxy)));
  const headers: Record<string, string> = forwardedFor ? { "x-forwarded-for": forwardedFor } : {};
  const bindings = { incoming: { socket: { remoteAddress: peer, remoteFamily: "IPv4" } } };
  return (await app.request("/", { headers }, bindings)).text();
}

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever the header says", async () => {
    expect(await seen(false, "1.2.3.4")).toBe("10.0.0.2");
  });

  it("behind one proxy, is the right-most hop: what the proxy appended, not what the client wrote", async () => {
    expect(await seen(1, "1.2.3.4, 203.0.113.9")).toBe("203.0.113.9");
    expect(await seen(1, "203.0.113.9")).toBe("203.0.113.9");
    expect(await seen(1, null)).toBe("10.0.0.2");
  });

  it("behind N proxies, is the N-th hop from the right, counting the socket's peer as the first proxy", async () => {
    expect(await seen(2, "1.2.3.4, 203.0.113.9, 10.0.0.7")).toBe("203.0.113.9");
    expect(await seen(3, "1.2.3.4, 203.0.113.9, 10.0.0.8, 10.0.0.7")).toBe("203.0.113.9");
    // Fewer hops than proxies: the farthest hop known, never something past the header.
    expect(await seen(3, "203.0.113.9")).toBe("203.0.113.9");
  });

  it("with a list of proxies, is the right-most hop not in the list (addresses and CIDR ranges)", async () => {
    const proxies = new ProxyList(["10.0.0.2", "172.16.0.0/12"]);
    expect(await seen(proxies, "1.2.3.4, 203.0.113.9, 172.20.1.1")).toBe("203.0.113.9");
    expect(await seen(proxies, "1.2.3.4, 203.0.113.9")).toBe("203.0.113.9");
    // A peer that is not a listed proxy is the client, and its header is not believed.
    expect(await seen(proxies, "1.2.3.4", "198.51.100.3")).toBe("198.51.100.3");
    // An IPv4 peer seen on a dual-stack socket matches the IPv4 entry.
    expect(await seen(proxies, "203.0.113.9", "::ffff:10.0.0.2")).toBe("203.0.113.9");
  });
});

describe("TRUST_PROXY", () => {
  const parse = (value: string) => parseEnv({ TRUST_PROXY: value }).trustProxy;

  it("reads false, a number of hops or a list of addresses", () => {
    expect(parse("false")).toBe(false);
    expect(parse("")).toBe(false);
    expect(parse("2")).toBe(2);
    const list = parse("10.0.0.2, 172.16.0.0/12, ::1");
    expect(list).toBeInstanceOf(ProxyList);
    expect(list instanceof ProxyList && list.has("172.31.255.1")).toBe(true);
  });

  it("refuses true with one line saying what to write instead, and refuses garbage", () => {
    expect(() => parse("true")).toThrow(EnvError);
    expect(() => parse("true")).toThrow(/number of proxies .*\(1 for one nginx or Caddy\)/);
    expect(() => parse("nginx")).toThrow(/Invalid TRUST_PROXY/);
    expect(() => parse("10.0.0.0/40")).toThrow(/Invalid TRUST_PROXY/);
  });
});

describe("the login limit behind a proxy", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await openTestApp();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it("is not reset by rotating the first X-Forwarded-For hop, which the client writes", async () => {
    const statuses: number[] = [];
    for (let guess = 0; guess < 30; guess++) {
      // The proxy appends the real address after whatever the client sent.
      const spoofed = `198.18.${guess}.${guess}, 192.0.2.44`;
      const response = await new Agent(ctx.app, spoofed).post("/api/auth/login", {
        email: `sprayed${guess}@example.fr`,
        password: "spray spray",
      });
      statuses.push(response.status);
    }
    expect(statuses).toContain(429);
  }, 60_000);
});
