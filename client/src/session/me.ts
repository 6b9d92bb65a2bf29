import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import { type User, userResponseSchema } from "../../../shared/schemas/index";
import { api, send } from "../lib/api-client";
import { ApiRequestError } from "../lib/api-error";

export const meQueryKey = ["auth", "me"] as const;

/**
 * The signed-in user, or null when signed out (a 401 is an answer, not a failure). Offline, the
 * request fails with a `network` error and TanStack Query keeps the last user, restored from the
 * device's cache, so the app still opens.
 */
export async function fetchMe(): Promise<User | null> {
  try {
    const { user } = await send(() => api.auth.me.$get(), userResponseSchema);
    return user;
  } catch (error) {
    if (error instanceof ApiRequestError && error.code === "unauthenticated") return null;
    throw error;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: fetchMe,
  gcTime: Number.POSITIVE_INFINITY,
  meta: { persist: true },
});

export function useMe() {
  return useQuery(meQueryOptions);
}

/**
 * The user is often written with setQueryData (sign-in, sign-up) before any screen observes it:
 * these defaults make such an entry persist and never be garbage-collected either.
 */
export function registerSessionQueries(queryClient: QueryClient) {
  queryClient.setQueryDefaults(meQueryKey, {
    gcTime: meQueryOptions.gcTime,
    meta: meQueryOptions.meta,
  });
}
