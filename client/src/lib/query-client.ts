import { QueryClient } from "@tanstack/react-query";
import { ApiRequestError } from "./api-error";

/**
 * Queries marked `meta.persist` (see lib/query-persister.ts) are kept on the device with no age
 * limit, so that offline for weeks the app still opens; the server decides when a session ends.
 * They set gcTime to Infinity: a finite one above ~24.8 days overflows setTimeout and would drop
 * the data at once.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        gcTime: 24 * 60 * 60 * 1000,
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
