import { fireEvent, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { uuidv7 } from "../../../shared/ids";
import { competencySchema } from "../../../shared/schemas/competency";
import { experienceSchema } from "../../../shared/schemas/experience";
import type { Comment, Suggestion } from "../../../shared/schemas/sharing";
import { db } from "../db/database";
import { readRecord, readRecords, saveRecord } from "../db/portfolio";
import { setDeviceOwner } from "../db/replica-store";
import { jsonResponse, renderScreen } from "../test/render";
import { CommentThreads } from "./comment-threads";

const ownerId = "0190f1d2-0000-7000-8000-000000000001";
const adviser = {
  id: "0190f1d2-0000-7000-8000-0000000000a1",
  displayName: "Alex Martin",
  role: "adviser" as const,
};
let experienceId: string;
let competencyId: string;

beforeEach(async () => {
  await db.delete();
  await db.open();
  await setDeviceOwner(db, ownerId);
  experienceId = await saveRecord("experience", null, {
    kind: "job",
    title: "Vendeuse",
    organisation: "Boulangerie Paul",
    location: "",
    startDate: "2021",
    endDate: null,
    description: "Vente.",
    activities: [],
    tags: [],
  });
  competencyId = await saveRecord("competency", null, {
    label: "Accueil client",
    reference: null,
    category: "soft-skill",
    level: null,
    note: "",
    evidence: { experienceIds: [], proofIds: [] },
  });
  await db.outbox.clear();
});

function comment(overrides: Partial<Comment>): Comment {
  return {
    id: uuidv7(),
    shareId: uuidv7(),
    ownerId,
    author: adviser,
    parentId: null,
    target: null,
    body: "Bonjour",
    suggestion: null,
    status: null,
    readAt: null,
    createdAt: "2026-11-20T09:30:00.000Z",
    ...overrides,
  };
}

function renderThreads(comments: Comment[]) {
  const server = vi.fn<typeof fetch>(async (input) => {
    const url = String(input);
    const id = /comments\/([^/]+)\/decision/.exec(url)?.[1];
    const decided = comments.find((item) => item.id === id);
    return jsonResponse(200, { comment: { ...decided, status: "accepted" } });
  });
  vi.stubGlobal("fetch", server);
  renderScreen(<CommentThreads comments={comments} onAnnounce={() => {}} />, {
    path: "/sharing/comments",
  });
  return server;
}

const hostile = [
  `<img src=x onerror="window.__pwned=1">`,
  `<script>window.__pwned=1</script>`,
  `"><svg onload=alert(1)>`,
  `javascript:alert(1)`,
  `&lt;b&gt;not bold&lt;/b&gt; {{constructor}} ${"\u202e"}txt.exe`,
];

describe("adviser comments on the person's side", () => {
  it("shows hostile comment strings as plain text, never as markup", async () => {
    renderThreads(
      hostile.map((body, index) => comment({ body, createdAt: `2026-11-2${index}T10:00:00.000Z` })),
    );
    const bodies = await screen.findAllByText(
      (_, element) => element?.classList.contains("comment-body") ?? false,
    );
    expect(bodies.map((element) => element.textContent).sort()).toEqual([...hostile].sort());
    for (const element of bodies) expect(element.children).toHaveLength(0);
    expect(
      document.querySelector(".comment-threads img, .comment-threads script, .comment-threads svg"),
    ).toBeNull();
    expect(Reflect.get(window, "__pwned")).toBeUndefined();
  });

  it("names the record a thread is about, from the device", async () => {
    renderThreads([comment({ target: { table: "experience", id: experienceId } })]);
    expect(await screen.findByRole("heading", { name: "Expérience · Vendeuse" })).toBeTruthy();
  });

  it("accepting a link suggestion adds the experience to the competency's evidence, as a local edit that syncs, then records the decision", async () => {
    const suggestion: Suggestion = { kind: "link-competency", experienceId, competencyId };
    const linked = comment({ body: "Reliez-les", suggestion, status: "open" });
    const server = renderThreads([linked]);

    // The sentence waits for the device's labels, read after the first render.
    await screen.findByText(/Accueil client/);
    const described = screen.getByText(/^Relier la compétence/);
    expect(described.textContent?.replace(/\s+/g, " ")).toBe(
      "Suggestion Relier la compétence « Accueil client » à l’expérience « Vendeuse »",
    );
    fireEvent.click(screen.getByRole("button", { name: "Accepter" }));

    await waitFor(() => expect(server).toHaveBeenCalledTimes(1));
    const competency = await readRecord("competency", competencySchema, competencyId);
    expect(competency?.evidence.experienceIds).toEqual([experienceId]);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      table: "competency",
      key: competencyId,
      op: "patch",
      changes: { evidence: { experienceIds: [experienceId], proofIds: [] } },
    });
    const [url, init] = server.mock.calls[0] ?? [];
    expect(String(url)).toMatch(new RegExp(`/api/comments/${linked.id}/decision$`));
    expect(JSON.parse(String(init?.body))).toEqual({ status: "accepted" });
  });

  it("accepting a new competency creates it backed by the experience; a reword replaces the field", async () => {
    const add: Suggestion = {
      kind: "add-competency",
      label: "Encaissement",
      category: "know-how",
      reference: null,
      experienceId,
    };
    const reword: Suggestion = {
      kind: "reword",
      table: "experience",
      recordId: experienceId,
      field: "description",
      text: "Conseil et vente de pains et viennoiseries.",
    };
    const server = renderThreads([
      comment({ suggestion: add, status: "open", createdAt: "2026-11-20T10:00:00.000Z" }),
      comment({ suggestion: reword, status: "open", createdAt: "2026-11-21T10:00:00.000Z" }),
    ]);
    const [acceptReword, acceptAdd] = await screen.findAllByRole("button", { name: "Accepter" });
    expect(await screen.findByText("Vente.")).toBeTruthy();
    if (!acceptAdd || !acceptReword) throw new Error("two suggestions expected");
    fireEvent.click(acceptAdd);
    await waitFor(() => expect(server).toHaveBeenCalledTimes(1));
    fireEvent.click(acceptReword);
    await waitFor(() => expect(server).toHaveBeenCalledTimes(2));

    const { records } = await readRecords("competency", competencySchema);
    const added = records.find((record) => record.label === "Encaissement");
    expect(added?.evidence.experienceIds).toEqual([experienceId]);
    const experience = await readRecord("experience", experienceSchema, experienceId);
    expect(experience?.description).toBe("Conseil et vente de pains et viennoiseries.");
    expect((await db.outbox.toArray()).map((entry) => [entry.table, entry.op])).toEqual([
      ["competency", "put"],
      ["experience", "patch"],
    ]);
  });

  it("a suggestion about a deleted record says so and changes nothing", async () => {
    const gone: Suggestion = { kind: "link-competency", experienceId: uuidv7(), competencyId };
    const server = renderThreads([comment({ suggestion: gone, status: "open" })]);
    fireEvent.click(await screen.findByRole("button", { name: "Accepter" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /n’est plus dans votre portfolio/,
    );
    expect(server).not.toHaveBeenCalled();
    expect(await db.outbox.count()).toBe(0);
  });
});
