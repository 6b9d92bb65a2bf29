import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type Comment,
  commentResponseSchema,
  commentsResponseSchema,
} from "../../../shared/schemas/sharing";
import { api, send, sendEmpty } from "../lib/api-client";

const json = { headers: { "Content-Type": "application/json" } };

/**
 * Every comment on the person's portfolio (their advisers' and their own replies). Kept on the
 * device so the threads read offline; refreshed every minute for the header badge.
 */
export const commentsQueryOptions = queryOptions({
  queryKey: ["comments"],
  queryFn: () =>
    send(() => api.comments.$get(), commentsResponseSchema).then((body) => body.comments),
  gcTime: Number.POSITIVE_INFINITY,
  meta: { persist: true },
  staleTime: 0,
});

export function useComments() {
  return useQuery(commentsQueryOptions);
}

/** Comments from an adviser that the person has not read yet. */
export function unreadCount(comments: readonly Comment[]): number {
  return comments.filter((comment) => comment.author.role !== "person" && comment.readAt === null)
    .length;
}

function useCommentsMutation<V>(request: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commentsQueryOptions.queryKey }),
  });
}

export function useReply() {
  return useCommentsMutation(({ id, body }: { id: string; body: string }) =>
    send(
      () => api.comments[":id"].replies.$post({ param: { id }, json: { body } }),
      commentResponseSchema,
    ),
  );
}

export function useMarkRead() {
  return useCommentsMutation((id: string) =>
    sendEmpty(() => api.comments[":id"].read.$post({ param: { id } }, json)),
  );
}

/** Records the person's decision; an accepted suggestion has been applied locally first. */
export function useDecision() {
  return useCommentsMutation(({ id, status }: { id: string; status: "accepted" | "declined" }) =>
    send(
      () => api.comments[":id"].decision.$post({ param: { id }, json: { status } }),
      commentResponseSchema,
    ),
  );
}
