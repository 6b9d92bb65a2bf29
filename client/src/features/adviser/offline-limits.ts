import { type Query, type QueryClient, type QueryKey, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { User } from "../../../../shared/schemas/index";
import type { CaseloadEntry, SharedPortfolio } from "../../../../shared/schemas/sharing";
import { meQueryKey } from "../../session/me";

/** Where the adviser's reads live in the query cache (persisted on the device). */
export const adviserKeys = {
  all: ["adviser"] as const,
  caseload: ["adviser", "caseload"] as const,
  portfolio: (shareId: string) => ["adviser", "portfolio", shareId] as const,
  comments: (shareId: string) => ["adviser", "comments", shareId] as const,
};

/** An adviser's session lasts at most this long after sign-in (the server's absolute limit). */
export const ADVISER_SESSION_MS = 12 * 60 * 60_000;

/**
 * Empties one kept read. A screen showing it keeps an empty answer (a portfolio reads as ended,
 * comments as none) rather than asking again at once; a read no screen shows leaves the device.
 */
function wipe(client: QueryClient, queryKey: QueryKey, emptied: null | []): boolean {
  const query = client.getQueryCache().find({ queryKey, exact: true });
  if (!query) return false;
  if (query.getObserversCount() === 0) {
    client.removeQueries({ queryKey, exact: true });
    return true;
  }
  const data: unknown = query.state.data;
  if (data === emptied || (Array.isArray(data) && data.length === 0)) return false;
  client.setQueryData(queryKey, emptied);
  return true;
}

export type ShareRead = "portfolio" | "comments";

/**
 * Erases what this device keeps of one share: its portfolio and its comments. A read being
 * fetched (`except`) is left to its own answer, which replaces it.
 */
export function forgetShare(client: QueryClient, shareId: string, except?: ShareRead): boolean {
  const portfolio = except !== "portfolio" && wipe(client, adviserKeys.portfolio(shareId), null);
  const comments = except !== "comments" && wipe(client, adviserKeys.comments(shareId), []);
  return portfolio || comments;
}

function shareIdOf(query: Query): string | null {
  const [, kind, shareId] = query.queryKey;
  return (kind === "portfolio" || kind === "comments") && typeof shareId === "string"
    ? shareId
    : null;
}

/** After the server listed the adviser's live shares: any other share's copies go. */
export function forgetSharesNotIn(client: QueryClient, liveShareIds: ReadonlySet<string>) {
  const kept = client.getQueryCache().findAll({ queryKey: adviserKeys.all });
  for (const shareId of new Set(kept.map(shareIdOf))) {
    if (shareId !== null && !liveShareIds.has(shareId)) forgetShare(client, shareId);
  }
}

/** Each share's end as the kept reads say it (the earliest, should two disagree). */
function shareEnds(client: QueryClient, queries: Query[]): Map<string, number> {
  const ends = new Map<string, number>();
  const note = (shareId: string, expiresAt: string) => {
    const end = Date.parse(expiresAt);
    ends.set(shareId, Math.min(end, ends.get(shareId) ?? end));
  };
  for (const entry of client.getQueryData<CaseloadEntry[]>(adviserKeys.caseload) ?? []) {
    note(entry.shareId, entry.expiresAt);
  }
  for (const query of queries) {
    const portfolio = query.queryKey[1] === "portfolio" ? query.state.data : undefined;
    if (isPortfolio(portfolio)) note(portfolio.share.id, portfolio.share.expiresAt);
  }
  return ends;
}

function isPortfolio(data: unknown): data is SharedPortfolio {
  return typeof data === "object" && data !== null && "share" in data && "owner" in data;
}

/**
 * Ends what the device keeps of an adviser's reads when its time is up, offline included:
 * - at the session's absolute end (`sessionExpiresAt`), every read goes and the adviser is signed
 *   out on this device: the server would refuse the session anyway;
 * - without a known session end, a read is kept at most 12 hours after it was fetched, since the
 *   session it was fetched in cannot last longer;
 * - a share's portfolio and comments go at the share's own end (`expiresAt`); a share no longer
 *   in the caseload is dropped from it. Comments kept alone, their share's end unknown, go too.
 * Returns whether anything was erased.
 */
export function expireAdviserCopies(client: QueryClient, now = Date.now()): boolean {
  const me = client.getQueryData<User | null>(meQueryKey);
  const sessionEnd = me?.sessionExpiresAt ? Date.parse(me.sessionExpiresAt) : null;
  const queries = client.getQueryCache().findAll({ queryKey: adviserKeys.all });
  if (me?.role === "adviser" && sessionEnd !== null && now >= sessionEnd) {
    client.removeQueries({ queryKey: adviserKeys.all });
    client.setQueryData(meQueryKey, null);
    return true;
  }
  const ends = shareEnds(client, queries);
  let erased = false;
  for (const query of queries) {
    const shareId = shareIdOf(query);
    if (shareId === null || query.state.data === undefined) continue;
    const isComments = query.queryKey[1] === "comments";
    // Comments show only beside their portfolio: kept alone, with no known end, they go (but not
    // from under a screen whose portfolio is still on its way).
    const orphan = isComments && query.getObserversCount() === 0;
    const shareEnd = ends.get(shareId) ?? (orphan ? now : Number.POSITIVE_INFINITY);
    const end = Math.min(shareEnd, sessionEnd ?? query.state.dataUpdatedAt + ADVISER_SESSION_MS);
    if (now >= end) erased = wipe(client, query.queryKey, isComments ? [] : null) || erased;
  }
  return expireCaseload(client, now, sessionEnd) || erased;
}

/** The caseload without the shares that have ended, or emptied when its session has. */
function expireCaseload(client: QueryClient, now: number, sessionEnd: number | null): boolean {
  const caseload = client.getQueryData<CaseloadEntry[]>(adviserKeys.caseload);
  const fetchedAt = client.getQueryState(adviserKeys.caseload)?.dataUpdatedAt ?? 0;
  if (!caseload) return false;
  const sessionOver = now >= (sessionEnd ?? fetchedAt + ADVISER_SESSION_MS);
  const live = sessionOver ? [] : caseload.filter((entry) => now < Date.parse(entry.expiresAt));
  if (live.length === caseload.length) return false;
  if (live.length === 0) return wipe(client, adviserKeys.caseload, []);
  // The list is not fresher for having lost a line: it keeps the time it was fetched.
  client.setQueryData(adviserKeys.caseload, live, { updatedAt: fetchedAt });
  return true;
}

/** How often an open adviser app looks for reads whose time is up (offline, nothing else will). */
export const EXPIRY_SWEEP_MS = 30_000;

/** Keeps the adviser's kept reads within their limits while the app stays open. */
export function useAdviserCopiesExpiry() {
  const client = useQueryClient();
  useEffect(() => {
    const sweep = () => void expireAdviserCopies(client);
    sweep();
    const timer = setInterval(sweep, EXPIRY_SWEEP_MS);
    return () => clearInterval(timer);
  }, [client]);
}
