import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type CreateShareRequest,
  shareResponseSchema,
  sharesResponseSchema,
} from "../../../../shared/schemas/sharing";
import { api, send, sendEmpty } from "../../lib/api-client";

const json = { headers: { "Content-Type": "application/json" } };

/** The person's shares, active and past (newest first); kept on the device to read offline. */
export const sharesQueryOptions = queryOptions({
  queryKey: ["shares"],
  queryFn: () => send(() => api.shares.$get(), sharesResponseSchema).then((body) => body.shares),
  gcTime: Number.POSITIVE_INFINITY,
  meta: { persist: true },
  staleTime: 0,
});

export function useShares() {
  return useQuery(sharesQueryOptions);
}

export function useCreateShare() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateShareRequest) =>
      send(() => api.shares.$post({ json: request }), shareResponseSchema).then(
        (body) => body.share,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sharesQueryOptions.queryKey }),
  });
}

/** Ends a share now; the adviser's next request is refused. */
export function useRevokeShare() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      sendEmpty(() => api.shares[":id"].revoke.$post({ param: { id } }, json)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sharesQueryOptions.queryKey }),
  });
}
