import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AccessLogEntry,
  accessLogResponseSchema,
  userResponseSchema,
} from "../../../shared/schemas/index";
import { Agent, openTestApp, signUp, type TestContext } from "../../test/app";
import { seedPortfolio, shareWith, signInAdviser } from "../../test/sharing";
import { loadLiveShare } from "../adviser/live-share";
import { logAccess, REPEAT_WINDOW_MS } from "./access-log.service";

let ctx: TestContext;
let adviser: Agent;
let adviserId: string;
let proofHash: string;
let people = 0;
beforeAll(async () => {
  ctx = await openTestApp();
  ({ agent: adviser } = await signInAdviser(ctx, "log-adviser@example.fr"));
  adviserId = userResponseSchema.parse(await (await adviser.get("/api/auth/me")).json()).user.id;
});
afterAll(async () => {
  await ctx.close();
});

/** A person of their own (so each test reads a log of its own) who shared with the adviser. */
async function sharingPerson() {
  const person = new Agent(ctx.app, `203.0.113.${60 + people}`);
  const user = await signUp(person, `log-person-${++people}@example.fr`);
  const seeded = await seedPortfolio(ctx.database.db, user.id);
  proofHash = seeded.hashes.p1;
  const shareId = await shareWith(person, "log-adviser@example.fr");
  return { person, shareId };
}

async function entries(person: Agent): Promise<AccessLogEntry[]> {
  const response = await person.get("/api/access-log");
  expect(response.status).toBe(200);
  return accessLogResponseSchema.parse(await response.json()).entries;
}

const summary = (list: AccessLogEntry[]) =>
  list.map((entry) => `${entry.action} ${entry.target} ×${entry.count}`).sort();

describe("repeated reads in the person's access log", () => {
  it("makes one entry of six readings of the comments, counted six times from the first to the last", async () => {
    const { person, shareId } = await sharingPerson();
    const started = Date.now();
    for (let read = 0; read < 6; read++) {
      expect((await adviser.get(`/api/adviser/shares/${shareId}/comments`)).status).toBe(200);
    }
    const [entry, ...others] = await entries(person);
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ action: "comment", count: 6 });
    const first = Date.parse(entry?.at ?? "");
    const last = Date.parse(entry?.lastAt ?? "");
    expect(first).toBeGreaterThanOrEqual(started - 1000);
    expect(last).toBeGreaterThan(first);
    expect(last).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it("counts reads arriving together in one entry, none lost and none doubled", async () => {
    const { person, shareId } = await sharingPerson();
    const reads = await Promise.all(
      Array.from({ length: 12 }, () => adviser.get(`/api/adviser/shares/${shareId}/portfolio`)),
    );
    expect(reads.map((read) => read.status)).toEqual(Array(12).fill(200));
    expect(summary(await entries(person))).toEqual(["view portfolio ×12"]);
  });

  it("keeps each export and each opening of a proof as an entry of its own", async () => {
    const { person, shareId } = await sharingPerson();
    const base = `/api/adviser/shares/${shareId}`;
    for (let time = 0; time < 2; time++) {
      expect((await adviser.post(`${base}/export`)).status).toBe(204);
      expect((await adviser.get(`${base}/blobs/${proofHash}`)).status).toBe(200);
    }
    expect(summary(await entries(person))).toEqual([
      "export portfolio ×1",
      "export portfolio ×1",
      "proof proof: Attestation employeur ×1",
      "proof proof: Attestation employeur ×1",
    ]);
  });

  it("starts a new entry for a read more than an hour after the entry's first, and for another kind of read", async () => {
    const { person, shareId } = await sharingPerson();
    const share = await loadLiveShare(ctx.database.db, adviserId, shareId);
    const first = new Date("2026-03-02T09:00:00Z");
    const at = (ms: number) => new Date(first.getTime() + ms);
    await logAccess(ctx.database.db, share, "view", "portfolio", first);
    await logAccess(ctx.database.db, share, "view", "portfolio", at(40 * 60_000));
    await logAccess(ctx.database.db, share, "comment", "comments", at(41 * 60_000));
    await logAccess(ctx.database.db, share, "view", "portfolio", at(REPEAT_WINDOW_MS + 1));

    const list = await entries(person);
    expect(list.map(({ action, count, at, lastAt }) => ({ action, count, at, lastAt }))).toEqual([
      {
        action: "view",
        count: 1,
        at: at(REPEAT_WINDOW_MS + 1).toISOString(),
        lastAt: at(REPEAT_WINDOW_MS + 1).toISOString(),
      },
      {
        action: "comment",
        count: 1,
        at: at(41 * 60_000).toISOString(),
        lastAt: at(41 * 60_000).toISOString(),
      },
      {
        action: "view",
        count: 2,
        at: first.toISOString(),
        lastAt: at(40 * 60_000).toISOString(),
      },
    ]);
  });
});
