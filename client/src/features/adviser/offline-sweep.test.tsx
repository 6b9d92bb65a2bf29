import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { meQueryKey } from "../../session/me";
import { adviserKeys, EXPIRY_SWEEP_MS, useAdviserCopiesExpiry } from "./offline-limits";
import { SHARE_ID, sharedPortfolio } from "./testing/shared-portfolio";

afterEach(() => {
  vi.useRealTimers();
});

describe("an adviser app left open offline", () => {
  it("erases a portfolio within one sweep of its share's end, with no request to the server", () => {
    vi.useFakeTimers();
    const now = Date.parse("2026-03-02T10:00:00Z");
    vi.setSystemTime(now);
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    const client = new QueryClient();
    client.setQueryData(meQueryKey, {
      id: "01900000-0000-7000-8000-000000000011",
      email: "alex@francetravail.fr",
      role: "adviser",
      displayName: "Alex Conseil",
      locale: "fr",
      sessionExpiresAt: "2026-03-02T20:00:00Z",
    });
    const portfolio = sharedPortfolio();
    portfolio.share.expiresAt = new Date(now + 5 * 60_000).toISOString();
    client.setQueryData(adviserKeys.portfolio(SHARE_ID), portfolio);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { unmount } = renderHook(() => useAdviserCopiesExpiry(), { wrapper });

    act(() => {
      vi.advanceTimersByTime(5 * 60_000 - 1);
    });
    expect(client.getQueryData(adviserKeys.portfolio(SHARE_ID))).toBeDefined();
    act(() => {
      vi.advanceTimersByTime(EXPIRY_SWEEP_MS);
    });
    expect(client.getQueryData(adviserKeys.portfolio(SHARE_ID))).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
    unmount();
  });
});
