/**
 * The access-control matrix of issue 5: every route of sharing, plus the owner's blob GET, called
 * by every kind of actor (access-matrix.ts holds the table; docs/security.md shows the same one).
 * Each cell is the exact status expected; a refused cell must leak nothing of the portfolio, an
 * allowed one nothing outside what it may see, and every allowed adviser read writes exactly one
 * access-log row (a refused one, none).
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commentResponseSchema } from "../../../shared/schemas/index";
import { shares } from "../../db/schema";
import { Agent, openTestApp, signUp, type TestContext } from "../../test/app";
import { accessLogRows, seedPortfolio, shareWith, signInAdviser } from "../../test/sharing";
import { type Actor, actors, expected, loggedReads, type Route } from "./access-matrix";

let ctx: TestContext;
const agents = {} as Record<Actor, Agent>;
let seeded: Awaited<ReturnType<typeof seedPortfolio>>;
const shareOf = {} as Record<Actor, string>;
let spareShare: string;
let question: string;
let suggestion: string;

beforeAll(async () => {
  ctx = await openTestApp();
  agents.anonymous = new Agent(ctx.app, "192.0.2.1");
  agents.owner = new Agent(ctx.app, "192.0.2.2");
  agents.otherPerson = new Agent(ctx.app, "192.0.2.3");
  const owner = await signUp(agents.owner, "owner@example.fr", "Camille Martin");
  await signUp(agents.otherPerson, "other@example.fr", "Dominique Autre");
  seeded = await seedPortfolio(ctx.database.db, owner.id);
  const advisers = [
    "liveAdviser",
    "noShareAdviser",
    "revokedAdviser",
    "expiredAdviser",
    "cvAdviserOutside",
  ] as const;
  for (const [index, actor] of advisers.entries()) {
    ({ agent: agents[actor] } = await signInAdviser(ctx, `${actor.toLowerCase()}@cio.fr`, {
      ip: `192.0.2.${10 + index}`,
    }));
  }
  await signInAdviser(ctx, "spare@cio.fr");

  shareOf.liveAdviser = await shareWith(agents.owner, "liveadviser@cio.fr", {
    hiddenFields: ["phone"],
  });
  shareOf.cvAdviserOutside = await shareWith(agents.owner, "cvadviseroutside@cio.fr", {
    cvId: seeded.ids.cv,
    hiddenFields: ["address"],
  });
  shareOf.revokedAdviser = await shareWith(agents.owner, "revokedadviser@cio.fr");
  await agents.owner.post(`/api/shares/${shareOf.revokedAdviser}/revoke`);
  shareOf.expiredAdviser = await shareWith(agents.owner, "expiredadviser@cio.fr");
  await ctx.database.db
    .update(shares)
    .set({ expiresAt: new Date(Date.now() - 60_000) })
    .where(eq(shares.id, shareOf.expiredAdviser));
  // Someone else's live share: an adviser without a share of their own tries it.
  for (const actor of ["anonymous", "owner", "otherPerson", "noShareAdviser"] as const) {
    shareOf[actor] = shareOf.liveAdviser;
  }
  spareShare = await shareWith(agents.owner, "spare@cio.fr");

  const base = `/api/adviser/shares/${shareOf.liveAdviser}/comments`;
  const asked = await agents.liveAdviser.post(base, { body: "Matrix question" });
  question = commentResponseSchema.parse(await asked.json()).comment.id;
  const suggested = await agents.liveAdviser.post(base, {
    body: "Matrix suggestion",
    suggestion: {
      kind: "link-competency",
      experienceId: seeded.ids.e2,
      competencyId: seeded.ids.c2,
    },
  });
  suggestion = commentResponseSchema.parse(await suggested.json()).comment.id;
});
afterAll(async () => {
  await ctx.close();
});

function call(route: Route, actor: Actor): Promise<Response> {
  const agent = agents[actor];
  const share = shareOf[actor];
  const adviserBase = `/api/adviser/shares/${share}`;
  switch (route) {
    case "POST /api/shares":
      return agent.post("/api/shares", {
        adviserEmail: "spare@cio.fr",
        scope: "cv",
        cvId: actor === "owner" ? seeded.ids.cv : null,
        expiresAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
        hiddenFields: [],
        ...(actor === "otherPerson" ? { scope: "portfolio" } : {}),
      });
    case "GET /api/shares":
      return agent.get("/api/shares");
    case "POST /api/shares/:id/revoke":
      return agent.post(`/api/shares/${spareShare}/revoke`);
    case "GET /api/comments":
      return agent.get("/api/comments");
    case "POST /api/comments/:id/replies":
      return agent.post(`/api/comments/${question}/replies`, { body: "Matrix reply" });
    case "POST /api/comments/:id/read":
      return agent.post(`/api/comments/${question}/read`);
    case "POST /api/comments/:id/decision":
      return agent.post(`/api/comments/${suggestion}/decision`, { status: "declined" });
    case "GET /api/access-log":
      return agent.get("/api/access-log");
    case "GET /api/adviser/caseload":
      return agent.get("/api/adviser/caseload");
    case "GET /api/adviser/shares/:shareId/portfolio":
      return agent.get(`${adviserBase}/portfolio`);
    case "GET /api/adviser/shares/:shareId/blobs/:sha256":
      // p2's file: in the whole portfolio, outside the CV.
      return agent.get(`${adviserBase}/blobs/${seeded.hashes.p2}`);
    case "POST /api/adviser/shares/:shareId/export":
      return agent.post(`${adviserBase}/export`);
    case "GET /api/adviser/shares/:shareId/comments":
      return agent.get(`${adviserBase}/comments`);
    case "POST /api/adviser/shares/:shareId/comments":
      // e2: in the whole portfolio, outside the CV.
      return agent.post(`${adviserBase}/comments`, {
        body: "Matrix comment",
        target: { table: "experience", id: seeded.ids.e2 },
      });
    case "GET /api/blobs/:sha256":
      return agent.get(`/api/blobs/${seeded.hashes.p2}`);
  }
}

/** Everything of the owner's that a refused caller must never read. */
function ownerSecrets(): string[] {
  return [
    "Aide à domicile",
    "Trésorière",
    "Attestation employeur",
    "Bilan comptable",
    "06 12 34 56 78",
    "3 rue des Lilas",
    "Camille",
    "Matrix question",
    seeded.hashes.p1,
    seeded.hashes.p2,
    seeded.hashes.photo,
    seeded.ids.e1,
    seeded.ids.e2,
    shareOf.liveAdviser,
    shareOf.cvAdviserOutside,
  ];
}

/** What an allowed caller still must not see in the answer. */
function mustNotContain(route: Route, actor: Actor): string[] {
  if (actor === "otherPerson") return ownerSecrets();
  if (actor === "liveAdviser") return ["06 12 34 56 78", "Supprimée", shareOf.cvAdviserOutside];
  if (actor === "cvAdviserOutside") {
    const outside = [
      "Trésorière",
      "Bilan comptable",
      "Tenir une comptabilité",
      "3 rue des Lilas",
      seeded.ids.e2,
      seeded.hashes.p2,
      shareOf.liveAdviser,
    ];
    // Its comment threads are its own: the live adviser's question is not among them.
    return route.endsWith("/comments") ? [...outside, "Matrix question"] : outside;
  }
  if (route === "GET /api/adviser/caseload") return ownerSecrets();
  return [];
}

describe("access control matrix", () => {
  const cells = (Object.keys(expected) as Route[]).flatMap((route) =>
    actors.map((actor, column) => ({ route, actor, status: expected[route][column] ?? 0 })),
  );

  it.each(cells)("$route by $actor → $status", async ({ route, actor, status }) => {
    const logBefore = await accessLogRows(ctx.database.db);
    const response = await call(route, actor);
    const text = new TextDecoder().decode(await response.arrayBuffer());
    expect(response.status, text).toBe(status);

    const denied = status >= 400;
    const forbidden = denied ? ownerSecrets() : mustNotContain(route, actor);
    for (const secret of forbidden) expect(text).not.toContain(secret);
    if (denied) expect(response.headers.get("content-type")).toMatch(/^application\/json/);

    const logged = (await accessLogRows(ctx.database.db)) - logBefore;
    expect(logged).toBe(!denied && loggedReads.has(route) ? 1 : 0);
  });
});
