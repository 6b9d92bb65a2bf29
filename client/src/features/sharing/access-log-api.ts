import { queryOptions, useQuery } from "@tanstack/react-query";
import { accessLogResponseSchema } from "../../../../shared/schemas/sharing";
import { api, send } from "../../lib/api-client";

/** Who read what of the person's portfolio, newest first (UTC on the wire). */
export const accessLogQueryOptions = queryOptions({
  queryKey: ["access-log"],
  queryFn: () =>
    send(() => api["access-log"].$get(), accessLogResponseSchema).then((body) => body.entries),
});

export function useAccessLog() {
  return useQuery(accessLogQueryOptions);
}
