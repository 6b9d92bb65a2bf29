import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Agent, openTestApp, signUp, strongPassword, type TestContext } from "../test/app";
import { ACCOUNT_BUCKET, ADDRESS_SPREAD, addressKey } from "./login-throttle";

/**
 * The login throttle's promises, each checked through the real app with a fake clock (only
 * `Date` is faked: the throttle takes its time from it, so no test waits for real).
 */
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
const uniqueEmail = () => `throttle${++counter}.${Date.now()}@example.fr`;
let addressCounter = 0;
/** A fresh address per call, as an attacker with a botnet or rotating proxies would have. */
const freshAddress = () => {
  addressCounter++;
  return `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
};
const attempt = (email: string, password: string, address = freshAddress()) =>
  new Agent(ctx.app, address).post("/api/auth/login", { email, password });
const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);

describe("login throttling", () => {
  it("lets the owner in from a new device and a new address within 60 s of an attack stopping", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const email = uniqueEmail();
    await signUp(new Agent(ctx.app, freshAddress()), email);
    // Five minutes of one guess a second, each from a new address.
    for (let second = 0; second < 300; second++) {
      await attempt(email, `guess ${second}`);
      advance(1000);
    }
    expect((await attempt(email, strongPassword)).status).toBe(429);
    advance(60_000);
    expect((await attempt(email, strongPassword)).status).toBe(200);
  }, 120_000);

  it("checks at most 100 passwords of one account in any hour, whatever the address rotation", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const email = uniqueEmail();
    await signUp(new Agent(ctx.app, freshAddress()), email);
    const start = Date.now();
    const checked: number[] = [];
    // Two hours of one guess every 10 s, each from a new address.
    for (let step = 0; step < 720; step++) {
      const response = await attempt(email, `guess ${step}`);
      if (response.status === 401) checked.push(Date.now() - start);
      else expect(response.status).toBe(429);
      advance(10_000);
    }
    const mostInAnHour = Math.max(
      ...checked.map((from) => checked.filter((at) => at >= from && at < from + 3_600_000).length),
    );
    expect(mostInAnHour).toBeLessThanOrEqual(100);
    // The bound is reached, not undercut: the throttle does not refuse more than it must.
    expect(mostInAnHour).toBeGreaterThanOrEqual(100 - ACCOUNT_BUCKET.burst);
  }, 240_000);

  it("checks no more passwords than the bucket holds when guesses arrive all at once", async () => {
    const email = uniqueEmail();
    await signUp(new Agent(ctx.app, freshAddress()), email);
    const responses = await Promise.all(
      Array.from({ length: 3 * ACCOUNT_BUCKET.burst }, (_, guess) => attempt(email, `g${guess}`)),
    );
    const checked = responses.filter((response) => response.status === 401);
    expect(checked.length).toBeLessThanOrEqual(ACCOUNT_BUCKET.burst);
  }, 120_000);

  it("lets one address try at most 20 accounts in an hour, then frees it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const address = freshAddress();
    const statuses: number[] = [];
    for (let account = 0; account < ADDRESS_SPREAD.max + 5; account++) {
      statuses.push((await attempt(uniqueEmail(), "spray", address)).status);
      advance(1000);
    }
    expect(statuses.filter((status) => status === 401)).toHaveLength(ADDRESS_SPREAD.max);
    expect(statuses.slice(ADDRESS_SPREAD.max)).toEqual(Array(5).fill(429));
    // The owner of a fresh account behind that address is not refused for an hour more.
    advance(3_600_000);
    expect((await attempt(uniqueEmail(), "spray", address)).status).toBe(401);
  }, 120_000);

  it("does not count a successful sign-in against the address's accounts", async () => {
    const address = freshAddress();
    for (let account = 0; account < ADDRESS_SPREAD.max + 5; account++) {
      const email = uniqueEmail();
      await signUp(new Agent(ctx.app, freshAddress()), email);
      expect((await attempt(email, strongPassword, address)).status).toBe(200);
    }
  }, 120_000);

  it("answers an unknown email exactly like a wrong password, throttle included", async () => {
    // A still clock: the wait announced with each 429 is then the same to the second.
    vi.useFakeTimers({ toFake: ["Date"] });
    const known = uniqueEmail();
    await signUp(new Agent(ctx.app, freshAddress()), known);
    const unknown = uniqueEmail();
    const answers = async (email: string) => {
      const seen: unknown[] = [];
      for (let guess = 0; guess < ACCOUNT_BUCKET.burst + 2; guess++) {
        const response = await attempt(email, "not the password");
        const retryAfter = response.headers.get("retry-after");
        seen.push([response.status, await response.json(), retryAfter !== null]);
      }
      return seen;
    };
    const forKnown = await answers(known);
    expect(forKnown).toEqual(await answers(unknown));
    expect(forKnown.at(-1)).toEqual([429, expect.anything(), true]);
  }, 120_000);
});

describe("the address a budget is kept for", () => {
  it("is an IPv4 address as it is, and the /64 network of an IPv6 one (one subscriber's)", () => {
    expect(addressKey("203.0.113.7")).toBe("203.0.113.7");
    expect(addressKey("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:DB8:1:2::99")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
  });
});
