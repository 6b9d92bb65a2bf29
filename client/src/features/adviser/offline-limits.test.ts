import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { User } from "../../../../shared/schemas/index";
import type { CaseloadEntry } from "../../../../shared/schemas/sharing";
import { meQueryKey } from "../../session/me";
import { ADVISER_SESSION_MS, adviserKeys, expireAdviserCopies } from "./offline-limits";
import { SHARE_ID, sharedPortfolio } from "./testing/shared-portfolio";

const HOUR = 3600_000;
const signedInAt = Date.parse("2026-03-02T08:00:00Z");
const OTHER_SHARE = "01900000-0000-7000-8000-0000000000dd";

const adviser = (sessionExpiresAt?: string): User => ({
  id: "01900000-0000-7000-8000-000000000011",
  email: "alex@francetravail.fr",
  role: "adviser",
  displayName: "Alex Conseil",
  locale: "fr",
  secondFactor: "passed",
  ...(sessionExpiresAt ? { sessionExpiresAt } : {}),
});

const caseloadEntry = (shareId: string, expiresAt: string): CaseloadEntry => ({
  shareId,
  owner: { id: "01900000-0000-7000-8000-0000000000aa", displayName: "Camille Dupont" },
  scope: "portfolio",
  cvId: null,
  expiresAt,
  lastActivityAt: null,
  lastVisitAt: null,
  changedSinceVisit: 0,
  unreadReplies: 0,
});

/**
 * What an adviser's device holds after reading two shares at 09:00, a session signed in at 08:00:
 * SHARE_ID ends at 11:00, OTHER_SHARE next month.
 */
function deviceAfterReading({ sessionKnown = true } = {}) {
  const client = new QueryClient();
  const session = new Date(signedInAt + ADVISER_SESSION_MS).toISOString();
  client.setQueryData(meQueryKey, adviser(sessionKnown ? session : undefined));
  const endingSoon = new Date(signedInAt + 3 * HOUR).toISOString();
  const updatedAt = signedInAt + HOUR;
  const ending = sharedPortfolio();
  ending.share.expiresAt = endingSoon;
  const running = sharedPortfolio();
  running.share = { ...running.share, id: OTHER_SHARE, expiresAt: "2026-04-02T08:00:00Z" };
  client.setQueryData(adviserKeys.portfolio(SHARE_ID), ending, { updatedAt });
  client.setQueryData(adviserKeys.comments(SHARE_ID), [], { updatedAt });
  client.setQueryData(adviserKeys.portfolio(OTHER_SHARE), running, { updatedAt });
  client.setQueryData(adviserKeys.comments(OTHER_SHARE), [], { updatedAt });
  client.setQueryData(
    adviserKeys.caseload,
    [caseloadEntry(SHARE_ID, endingSoon), caseloadEntry(OTHER_SHARE, running.share.expiresAt)],
    { updatedAt },
  );
  return client;
}

const kept = (client: QueryClient) =>
  client
    .getQueryCache()
    .findAll({ queryKey: adviserKeys.all })
    .map((query) => query.queryKey.join(" "))
    .sort();

describe("how long an adviser's device keeps what it read", () => {
  it("keeps everything while the shares and the session run", () => {
    const client = deviceAfterReading();
    expect(expireAdviserCopies(client, signedInAt + 2 * HOUR)).toBe(false);
    expect(kept(client)).toHaveLength(5);
  });

  it("erases a share's portfolio and comments, and its caseload line, at the share's end", () => {
    const client = deviceAfterReading();
    expect(expireAdviserCopies(client, signedInAt + 3 * HOUR)).toBe(true);
    expect(kept(client)).toEqual([
      "adviser caseload",
      `adviser comments ${OTHER_SHARE}`,
      `adviser portfolio ${OTHER_SHARE}`,
    ]);
    const caseload = client.getQueryData<CaseloadEntry[]>(adviserKeys.caseload);
    expect(caseload?.map((entry) => entry.shareId)).toEqual([OTHER_SHARE]);
    // Losing a line does not make the list look freshly checked.
    expect(client.getQueryState(adviserKeys.caseload)?.dataUpdatedAt).toBe(signedInAt + HOUR);
  });

  it("erases everything and signs the adviser out on this device at the session's absolute end", () => {
    const client = deviceAfterReading();
    expect(expireAdviserCopies(client, signedInAt + ADVISER_SESSION_MS - 1)).toBe(true);
    expect(kept(client)).toHaveLength(3);
    expect(expireAdviserCopies(client, signedInAt + ADVISER_SESSION_MS)).toBe(true);
    expect(kept(client)).toEqual([]);
    expect(client.getQueryData(meQueryKey)).toBeNull();
  });

  it("without a known session end, keeps a read no more than 12 hours after it was fetched", () => {
    const client = deviceAfterReading({ sessionKnown: false });
    const fetchedAt = signedInAt + HOUR;
    expireAdviserCopies(client, fetchedAt + ADVISER_SESSION_MS - 1);
    expect(kept(client)).toHaveLength(3);
    expireAdviserCopies(client, fetchedAt + ADVISER_SESSION_MS);
    expect(kept(client)).toEqual([]);
  });

  it("leaves an ended portfolio on screen as ended rather than asking the server again", () => {
    const client = deviceAfterReading();
    const screen = new QueryObserver(client, {
      queryKey: adviserKeys.portfolio(SHARE_ID),
      enabled: false,
    });
    const stop = screen.subscribe(() => {});
    expireAdviserCopies(client, signedInAt + 3 * HOUR);
    expect(client.getQueryData(adviserKeys.portfolio(SHARE_ID))).toBeNull();
    expect(screen.getCurrentResult().data).toBeNull();
    stop();
  });

  it("does not keep comments alone whose share's end it cannot tell", () => {
    const client = new QueryClient();
    client.setQueryData(meQueryKey, adviser());
    client.setQueryData(adviserKeys.comments(SHARE_ID), []);
    expect(expireAdviserCopies(client)).toBe(true);
    expect(kept(client)).toEqual([]);
  });
});
