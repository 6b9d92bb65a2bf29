import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  accessLogResponseSchema,
  apiErrorSchema,
  caseloadResponseSchema,
  commentResponseSchema,
  commentsResponseSchema,
  sharedPortfolioSchema,
} from "../../../shared/schemas/index";
import { experiences } from "../../db/schema";
import { Agent, openTestApp, signUp, type TestContext } from "../../test/app";
import { seedPortfolio, shareWith, signInAdviser } from "../../test/sharing";

let ctx: TestContext;
let person: Agent;
let adviser: Agent;
let seeded: Awaited<ReturnType<typeof seedPortfolio>>;
let portfolioShare: string;
let cvShare: string;
beforeAll(async () => {
  ctx = await openTestApp();
  person = new Agent(ctx.app, "203.0.113.20");
  const user = await signUp(person, "camille@example.fr", "Camille Martin");
  seeded = await seedPortfolio(ctx.database.db, user.id);
  ({ agent: adviser } = await signInAdviser(ctx, "conseil@francetravail.fr"));
  portfolioShare = await shareWith(person, "conseil@francetravail.fr", {
    hiddenFields: ["phone", "birthDate"],
  });
  cvShare = await shareWith(person, "conseil@francetravail.fr", {
    cvId: seeded.ids.cv,
    hiddenFields: ["photo", "address"],
  });
});
afterAll(async () => {
  await ctx.close();
});

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(apiErrorSchema.parse(await response.json()).error.code).toBe(code);
}
const portfolio = async (shareId: string) => {
  const response = await adviser.get(`/api/adviser/shares/${shareId}/portfolio`);
  expect(response.status).toBe(200);
  return sharedPortfolioSchema.parse(await response.json());
};
const ids = <T extends { id: string }>(records: T[]) => records.map((record) => record.id).sort();

describe("the adviser's read-only view", () => {
  it("shows the whole portfolio without deleted records, with the hidden fields emptied", async () => {
    const view = await portfolio(portfolioShare);
    const { ids: seededIds } = seeded;
    expect(view.owner.displayName).toBe("Camille Martin");
    expect(ids(view.experiences)).toEqual([seededIds.e1, seededIds.e2].sort());
    expect(ids(view.competencies)).toEqual([seededIds.c1, seededIds.c2].sort());
    expect(ids(view.proofs)).toEqual([seededIds.p1, seededIds.p2].sort());
    expect(ids(view.cvs)).toEqual([seededIds.cv]);
    expect(view.cvs[0]?.experienceIds).toEqual([seededIds.e1]);
    expect(view.profile?.phone).toBe("");
    expect(view.profile?.birthDate).toBeNull();
    expect(view.profile?.address).toBe("3 rue des Lilas");
    expect(view.profile?.photo?.sha256).toBe(seeded.hashes.photo);
    expect(JSON.stringify(view)).not.toContain("Supprimée");
    expect(JSON.stringify(view)).not.toContain("06 12 34 56 78");
  });

  it("limits a CV share to the CV, its selections and the proofs backing them, cutting links out of it", async () => {
    const view = await portfolio(cvShare);
    const { ids: seededIds } = seeded;
    expect(view.share).toMatchObject({ scope: "cv", cvId: seededIds.cv });
    expect(ids(view.experiences)).toEqual([seededIds.e1]);
    expect(ids(view.competencies)).toEqual([seededIds.c1]);
    expect(ids(view.proofs)).toEqual([seededIds.p1]);
    expect(view.competencies[0]?.evidence).toEqual({
      experienceIds: [seededIds.e1],
      proofIds: [seededIds.p1],
    });
    expect(view.profile?.photo).toBeNull();
    expect(view.profile?.address).toBe("");
    const text = JSON.stringify(view);
    for (const outside of [seededIds.e2, seededIds.c2, seededIds.p2, seeded.hashes.p2]) {
      expect(text).not.toContain(outside);
    }
  });

  it("serves a proof's file with the owner GET's headers, and never a hidden photo", async () => {
    const file = await adviser.get(`/api/adviser/shares/${cvShare}/blobs/${seeded.hashes.p1}`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/png");
    expect(file.headers.get("content-disposition")).toBe("inline");
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(seeded.files.p1);
    await expectError(
      await adviser.get(`/api/adviser/shares/${cvShare}/blobs/${seeded.hashes.photo}`),
      404,
      "not_found",
    );
    expect(
      (await adviser.get(`/api/adviser/shares/${portfolioShare}/blobs/${seeded.hashes.photo}`))
        .status,
    ).toBe(200);
  });

  it("lists the caseload with changes since the last visit", async () => {
    const before = caseloadResponseSchema.parse(
      await (await adviser.get("/api/adviser/caseload")).json(),
    );
    expect(before.portfolios).toHaveLength(2);
    const entry = before.portfolios.find((item) => item.shareId === cvShare);
    expect(entry?.lastVisitAt).not.toBeNull();
    expect(entry?.changedSinceVisit).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await ctx.database.db
      .update(experiences)
      .set({ title: "Auxiliaire de vie", updatedAt: new Date() })
      .where(eq(experiences.id, seeded.ids.e1));
    const after = caseloadResponseSchema.parse(
      await (await adviser.get("/api/adviser/caseload")).json(),
    );
    for (const item of after.portfolios) expect(item.changedSinceVisit).toBe(1);
  });
});

describe("comments and suggestions", () => {
  it("lets the adviser comment and suggest on records in scope, and refuses records outside it", async () => {
    const base = `/api/adviser/shares/${cvShare}/comments`;
    const { ids: seededIds } = seeded;
    const comment = await adviser.post(base, {
      body: "  Précisez vos tâches.  ",
      target: { table: "experience", id: seededIds.e1 },
    });
    expect(comment.status).toBe(201);
    expect(commentResponseSchema.parse(await comment.json()).comment).toMatchObject({
      body: "Précisez vos tâches.",
      status: null,
      shareId: cvShare,
    });
    const suggestion = await adviser.post(base, {
      body: "Ajoutez cette compétence.",
      suggestion: {
        kind: "link-competency",
        experienceId: seededIds.e1,
        competencyId: seededIds.c1,
      },
    });
    expect(commentResponseSchema.parse(await suggestion.json()).comment.status).toBe("open");

    await expectError(
      await adviser.post(base, { body: "x", target: { table: "experience", id: seededIds.e2 } }),
      404,
      "not_found",
    );
    await expectError(
      await adviser.post(base, {
        body: "x",
        suggestion: {
          kind: "reword",
          table: "competency",
          recordId: seededIds.c2,
          field: "label",
          text: "y",
        },
      }),
      404,
      "not_found",
    );
    await expectError(
      await adviser.post(base, {
        body: "x",
        suggestion: {
          kind: "reword",
          table: "experience",
          recordId: seededIds.e1,
          field: "headline",
          text: "y",
        },
      }),
      400,
      "invalid_input",
    );
    await expectError(await adviser.post(base, { body: "   " }), 400, "invalid_input");
    await expectError(await adviser.post(base, { body: "x".repeat(4001) }), 400, "invalid_input");
  });

  it("lets the person read, reply, mark read and decide; the adviser sees the reply as unread once", async () => {
    const list = commentsResponseSchema.parse(await (await person.get("/api/comments")).json());
    const question = list.comments.find((item) => item.suggestion === null);
    const suggestion = list.comments.find((item) => item.suggestion !== null);
    expect(question?.author.role).toBe("adviser");

    expect((await person.post(`/api/comments/${question?.id}/read`)).status).toBe(204);
    const reply = await person.post(`/api/comments/${question?.id}/replies`, {
      body: "Aide au repas, courses, ménage.",
    });
    expect(reply.status).toBe(201);
    const replied = commentResponseSchema.parse(await reply.json()).comment;
    expect(replied).toMatchObject({ parentId: question?.id, shareId: cvShare });

    const decided = await person.post(`/api/comments/${suggestion?.id}/decision`, {
      status: "accepted",
    });
    expect(decided.status).toBe(200);
    expect(commentResponseSchema.parse(await decided.json()).comment.status).toBe("accepted");
    await expectError(
      await person.post(`/api/comments/${suggestion?.id}/decision`, { status: "declined" }),
      409,
      "suggestion_not_open",
    );
    await expectError(
      await person.post(`/api/comments/${question?.id}/decision`, { status: "accepted" }),
      409,
      "suggestion_not_open",
    );

    const marked = commentsResponseSchema.parse(await (await person.get("/api/comments")).json());
    expect(marked.comments.find((item) => item.id === question?.id)?.readAt).not.toBeNull();

    const caseload = async () =>
      caseloadResponseSchema
        .parse(await (await adviser.get("/api/adviser/caseload")).json())
        .portfolios.find((item) => item.shareId === cvShare);
    expect((await caseload())?.unreadReplies).toBe(1);
    const threads = commentsResponseSchema.parse(
      await (await adviser.get(`/api/adviser/shares/${cvShare}/comments`)).json(),
    );
    expect(threads.comments.map((item) => item.id)).toContain(replied.id);
    expect((await caseload())?.unreadReplies).toBe(0);
  });

  it("keeps hostile text exactly as sent and answers it as JSON", async () => {
    const hostile = [
      "<script>alert(1)</script>",
      '"><img src=x onerror=alert(1)>',
      "facture\u202Efdp.exe",
      "{{constructor.constructor('alert(1)')()}}",
    ].join(" | ");
    const response = await adviser.post(`/api/adviser/shares/${cvShare}/comments`, {
      body: hostile,
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(commentResponseSchema.parse(await response.json()).comment.body).toBe(hostile);
    // PostgreSQL text cannot hold U+0000: refused with a clear error rather than altered.
    await expectError(
      await adviser.post(`/api/adviser/shares/${cvShare}/comments`, { body: "nul\u0000byte" }),
      400,
      "invalid_input",
    );
    const seen = await person.get("/api/comments");
    expect(seen.headers.get("content-type")).toMatch(/^application\/json/);
    const list = commentsResponseSchema.parse(await seen.json());
    expect(list.comments.map((item) => item.body)).toContain(hostile);
    const reply = await person.post(`/api/comments/${list.comments[0]?.id}/replies`, {
      body: hostile,
    });
    expect(commentResponseSchema.parse(await reply.json()).comment.body).toBe(hostile);
  });

  it("does not show one adviser's threads to another adviser of the same person", async () => {
    const { agent: second } = await signInAdviser(ctx, "second@capemploi.fr");
    const share = await shareWith(person, "second@capemploi.fr");
    const threads = commentsResponseSchema.parse(
      await (await second.get(`/api/adviser/shares/${share}/comments`)).json(),
    );
    expect(threads.comments).toEqual([]);
    const mine = commentsResponseSchema.parse(await (await person.get("/api/comments")).json());
    await expectError(
      await second.post(`/api/adviser/shares/${share}/comments`, {
        body: "x",
        parentId: mine.comments[0]?.id,
      }),
      404,
      "not_found",
    );
  });
});

describe("the person's access log", () => {
  it("names the adviser and what was read, with no token or email in the description", async () => {
    const response = await person.get("/api/access-log");
    const { entries } = accessLogResponseSchema.parse(await response.json());
    const actions = new Set(entries.map((entry) => entry.action));
    expect(actions).toEqual(new Set(["view", "proof", "comment"]));
    expect(entries[0]?.adviser?.email).toMatch(/@/);
    expect(entries.map((entry) => entry.target)).toContain("proof: Attestation employeur");
    for (const entry of entries) expect(entry.target).not.toMatch(/@|sf_session|[0-9a-f]{64}/);
    const stamps = entries.map((entry) => entry.at);
    expect(stamps).toEqual([...stamps].sort().reverse());
  });

  it("records the PDF export", async () => {
    expect((await adviser.post(`/api/adviser/shares/${cvShare}/export`)).status).toBe(204);
    const { entries } = accessLogResponseSchema.parse(
      await (await person.get("/api/access-log")).json(),
    );
    expect(entries[0]).toMatchObject({
      action: "export",
      shareId: cvShare,
      target: "CV: CV aide à domicile",
    });
  });

  it("stops the adviser's next read after a revocation", async () => {
    expect((await person.post(`/api/shares/${cvShare}/revoke`)).status).toBe(204);
    await expectError(
      await adviser.get(`/api/adviser/shares/${cvShare}/portfolio`),
      404,
      "not_found",
    );
  });
});
