import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod/mini";
import { syncTableSchema } from "../../../shared/sync/protocol";
import { api, send, sendEmpty } from "../lib/api-client";

export const conflictSchema = z.object({
  id: z.string(),
  table: syncTableSchema,
  recordId: z.string(),
  field: z.string(),
  losingValue: z.unknown(),
  winningValue: z.unknown(),
  /** Absent from an older server: then the device that lost is unknown. */
  losingClientId: z.optional(z.nullable(z.string())),
  createdAt: z.string(),
});
export type Conflict = z.infer<typeof conflictSchema>;

export const conflictsQueryOptions = queryOptions({
  queryKey: ["conflicts"],
  queryFn: () =>
    send(() => api.conflicts.$get(), z.object({ conflicts: z.array(conflictSchema) })).then(
      (body) => body.conflicts,
    ),
});

export function useConflicts() {
  return useQuery(conflictsQueryOptions);
}

/** Files a conflict away on the server; the list refreshes through the same query key. */
export function useResolveConflict() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      sendEmpty(() =>
        api.conflicts[":id"].resolve.$post(
          { param: { id } },
          { headers: { "Content-Type": "application/json" } },
        ),
      ),
    onSuccess: (_, id) => {
      // Gone at once from every view of the list, including those that never refetch on their own.
      queryClient.setQueryData(conflictsQueryOptions.queryKey, (conflicts) =>
        conflicts?.filter((conflict) => conflict.id !== id),
      );
      return queryClient.invalidateQueries({ queryKey: conflictsQueryOptions.queryKey });
    },
  });
}
