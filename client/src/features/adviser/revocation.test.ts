import { QueryObserver } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import type { CaseloadEntry } from "../../../../shared/schemas/sharing";
import { createQueryClient } from "../../lib/query-client";
import { jsonResponse } from "../../test/render";
import {
  caseloadQueryOptions,
  shareCommentsQueryOptions,
  sharedPortfolioQueryOptions,
} from "./adviser-api";
import { adviserKeys } from "./offline-limits";
import { SHARE_ID, sharedPortfolio } from "./testing/shared-portfolio";

const OTHER_SHARE = "01900000-0000-7000-8000-0000000000dd";

/** An adviser's device that read SHARE_ID (portfolio and comments) while it was live. */
function deviceThatRead() {
  const client = createQueryClient();
  client.setQueryData(adviserKeys.portfolio(SHARE_ID), sharedPortfolio());
  client.setQueryData(adviserKeys.comments(SHARE_ID), []);
  return client;
}

/** The server, answering each adviser path with what `answers` says (else 404). */
function server(answers: Record<string, () => Response>) {
  vi.stubGlobal(
    "fetch",
    vi.fn<typeof globalThis.fetch>(async (input) => {
      const answer = answers[new URL(String(input)).pathname];
      return answer
        ? answer()
        : jsonResponse(404, { error: { code: "not_found", message: "No such share." } });
    }),
  );
}

const kept = (client: ReturnType<typeof createQueryClient>) =>
  client
    .getQueryCache()
    .findAll({ queryKey: adviserKeys.all })
    .map((query) => query.queryKey.join(" "))
    .sort();

describe("a revoked share on the adviser's device", () => {
  it("is erased, comments included, when the server answers 404 for its portfolio", async () => {
    const client = deviceThatRead();
    server({});
    await expect(client.fetchQuery(sharedPortfolioQueryOptions(SHARE_ID))).resolves.toBeNull();
    expect(client.getQueryData(adviserKeys.comments(SHARE_ID))).toBeUndefined();
    expect(kept(client)).not.toContain(`adviser comments ${SHARE_ID}`);
    expect(JSON.stringify(client.getQueryData(adviserKeys.portfolio(SHARE_ID)))).toBe("null");
  });

  it("is erased, portfolio included, when the server refuses its comments with 403", async () => {
    const client = deviceThatRead();
    const screen = new QueryObserver(client, {
      queryKey: adviserKeys.portfolio(SHARE_ID),
      enabled: false,
    });
    const stop = screen.subscribe(() => {});
    server({
      [`/api/adviser/shares/${SHARE_ID}/comments`]: () =>
        jsonResponse(403, { error: { code: "forbidden", message: "No." } }),
    });
    await expect(client.fetchQuery(shareCommentsQueryOptions(SHARE_ID))).resolves.toEqual([]);
    // The screen showing the portfolio now says the share has ended.
    expect(screen.getCurrentResult().data).toBeNull();
    stop();
  });

  it("is erased when the caseload comes back without it, and the shares still in it are kept", async () => {
    const client = deviceThatRead();
    const running = sharedPortfolio();
    running.share = { ...running.share, id: OTHER_SHARE };
    client.setQueryData(adviserKeys.portfolio(OTHER_SHARE), running);
    const entry: CaseloadEntry = {
      shareId: OTHER_SHARE,
      owner: running.owner,
      scope: "portfolio",
      cvId: null,
      expiresAt: running.share.expiresAt,
      lastActivityAt: null,
      lastVisitAt: null,
      changedSinceVisit: 0,
      unreadReplies: 0,
    };
    server({ "/api/adviser/caseload": () => jsonResponse(200, { portfolios: [entry] }) });
    await client.fetchQuery(caseloadQueryOptions);
    expect(kept(client)).toEqual(["adviser caseload", `adviser portfolio ${OTHER_SHARE}`]);
  });

  it("stays readable when the server cannot be reached", async () => {
    const client = deviceThatRead();
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    await expect(
      client.fetchQuery({ ...sharedPortfolioQueryOptions(SHARE_ID), retry: false }),
    ).rejects.toThrow();
    expect(kept(client)).toEqual([`adviser comments ${SHARE_ID}`, `adviser portfolio ${SHARE_ID}`]);
    expect(client.getQueryData(adviserKeys.portfolio(SHARE_ID))).toMatchObject({
      share: { id: SHARE_ID },
    });
  });
});
