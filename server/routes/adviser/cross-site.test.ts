import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiErrorSchema, commentResponseSchema } from "../../../shared/schemas/index";
import { comments, sessions, shares } from "../../db/schema";
import { Agent, openTestApp, signUp, type TestContext } from "../../test/app";
import { accessLogRows, seedPortfolio, shareWith, signInAdviser } from "../../test/sharing";

let ctx: TestContext;
let person: Agent;
let adviser: Agent;
let shareId: string;
let blobPath: string;
beforeAll(async () => {
  ctx = await openTestApp();
  person = new Agent(ctx.app, "203.0.113.40");
  const user = await signUp(person, "cross-site@example.fr");
  const seeded = await seedPortfolio(ctx.database.db, user.id);
  blobPath = `blobs/${seeded.hashes.p1}`;
  ({ agent: adviser } = await signInAdviser(ctx, "cross-site-adviser@example.fr"));
  shareId = await shareWith(person, "cross-site-adviser@example.fr");
});
afterAll(async () => {
  await ctx.close();
});

/** What an adviser read can change: the log, the visit time, read marks, the session's clock. */
async function traces() {
  const db = ctx.database.db;
  const [share] = await db.select().from(shares).where(eq(shares.id, shareId));
  const readMarks = await db.select({ readAt: comments.readAt }).from(comments);
  const sessionClocks = await db.select({ lastSeenAt: sessions.lastSeenAt }).from(sessions);
  return {
    logRows: await accessLogRows(db),
    visitedAt: share?.adviserVisitedAt?.toISOString() ?? null,
    readMarks: readMarks.map((row) => row.readAt?.toISOString() ?? null),
    sessionClocks: sessionClocks.map((row) => row.lastSeenAt.toISOString()).sort(),
  };
}

const fromSite = (site: string, route: string) =>
  adviser.request("GET", `/api/adviser${route}`, undefined, { "sec-fetch-site": site });

describe("adviser reads opened from another site", () => {
  it("are refused with cross_site and leave no trace in the log, the share, the comments or the session", async () => {
    const posted = await adviser.post(`/api/adviser/shares/${shareId}/comments`, {
      body: "Bonjour",
    });
    const { comment: root } = commentResponseSchema.parse(await posted.json());
    await person.post(`/api/comments/${root.id}/replies`, { body: "Merci" });
    // Old enough that any request passing the session check would move it.
    await ctx.database.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 5 * 60_000) });
    const before = await traces();

    for (const site of ["cross-site", "same-site"]) {
      for (const route of [
        "/caseload",
        `/shares/${shareId}/portfolio`,
        `/shares/${shareId}/comments`,
        `/shares/${shareId}/${blobPath}`,
      ]) {
        const response = await fromSite(site, route);
        expect(response.status, `${site} ${route}`).toBe(403);
        expect(apiErrorSchema.parse(await response.json()).error.code).toBe("cross_site");
      }
    }

    expect(await traces()).toEqual(before);
  });

  it("are served and logged as usual from the app itself or a typed address", async () => {
    const before = await accessLogRows(ctx.database.db);
    expect((await fromSite("same-origin", `/shares/${shareId}/${blobPath}`)).status).toBe(200);
    expect((await fromSite("none", `/shares/${shareId}/${blobPath}`)).status).toBe(200);
    expect((await adviser.get(`/api/adviser/shares/${shareId}/portfolio`)).status).toBe(200);
    expect(await accessLogRows(ctx.database.db)).toBe(before + 3);
  });
});
