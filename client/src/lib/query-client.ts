import { QueryClient } from "@tanstack/react-query";
import { ApiRequestError } from "./api-error";

/** Thirty days: the signed-in user shown offline may be that old before the cache is dropped. */
export const PERSIST_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        gcTime: PERSIST_MAX_AGE_MS,
        staleTime: 30_000,
        // The server's answer will not change on a retry; a lost connection might.
        retry: (failureCount, error) =>
          failureCount < 2 && (!(error instanceof ApiRequestError) || error.code === "network"),
        // Our fetchers handle being offline themselves (cached data stays, errors are shown).
        networkMode: "always",
      },
      mutations: { networkMode: "always", retry: false },
    },
  });
}
