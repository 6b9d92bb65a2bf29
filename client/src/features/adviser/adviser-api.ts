import {
  type QueryClient,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { z } from "zod/mini";
import {
  type adviserCommentRequestSchema,
  caseloadResponseSchema,
  commentResponseSchema,
  commentsResponseSchema,
  sharedPortfolioSchema,
} from "../../../../shared/schemas/sharing";
import { api, send, sendEmpty } from "../../lib/api-client";
import { ApiRequestError } from "../../lib/api-error";
import { adviserKeys, forgetShare, forgetSharesNotIn, type ShareRead } from "./offline-limits";

/**
 * The adviser's reads are kept on the device (`meta.persist`, never garbage-collected) so the
 * last viewed portfolios read offline; sign-out erases them with the rest of the device's data,
 * and offline-limits.ts erases them when their share or the session ends.
 */
const persisted = {
  gcTime: Number.POSITIVE_INFINITY,
  meta: { persist: true },
  // Always asked again on opening: a share may have ended, or the person changed something.
  staleTime: 0,
} as const;

/**
 * A share that ended answers 404 (the same as one that never existed); a session that may no
 * longer read it, 403. Either answer erases everything the device kept of that share (its
 * portfolio and its comments, whichever was asked), so a revoked portfolio does not stay readable
 * offline.
 */
async function whileShared<T, E>(
  { client, queryKey }: { client: QueryClient; queryKey: readonly ["adviser", ShareRead, string] },
  request: Promise<T>,
  ended: E,
): Promise<T | E> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiRequestError && (error.status === 404 || error.status === 403)) {
      forgetShare(client, queryKey[2], queryKey[1]);
      return ended;
    }
    throw error;
  }
}

/** The live shares; the copies of any other share are erased from the device on the way. */
export const caseloadQueryOptions = queryOptions({
  queryKey: adviserKeys.caseload,
  queryFn: async ({ client }) => {
    const { portfolios } = await send(() => api.adviser.caseload.$get(), caseloadResponseSchema);
    forgetSharesNotIn(client, new Set(portfolios.map((entry) => entry.shareId)));
    return portfolios;
  },
  ...persisted,
});

export function useCaseload() {
  return useQuery(caseloadQueryOptions);
}

export const sharedPortfolioQueryOptions = (shareId: string) =>
  queryOptions({
    queryKey: adviserKeys.portfolio(shareId),
    queryFn: (context) =>
      whileShared(
        context,
        send(
          () => api.adviser.shares[":shareId"].portfolio.$get({ param: { shareId } }),
          sharedPortfolioSchema,
        ),
        null,
      ),
    ...persisted,
  });

export function useSharedPortfolio(shareId: string) {
  return useQuery(sharedPortfolioQueryOptions(shareId));
}

export const shareCommentsQueryOptions = (shareId: string) =>
  queryOptions({
    queryKey: adviserKeys.comments(shareId),
    queryFn: (context) =>
      whileShared(
        context,
        send(
          () => api.adviser.shares[":shareId"].comments.$get({ param: { shareId } }),
          commentsResponseSchema,
        ).then((body) => body.comments),
        [],
      ),
    ...persisted,
  });

export function useShareComments(shareId: string) {
  return useQuery(shareCommentsQueryOptions(shareId));
}

export type AdviserCommentRequest = z.input<typeof adviserCommentRequestSchema>;

export function usePostComment(shareId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AdviserCommentRequest) =>
      send(
        () => api.adviser.shares[":shareId"].comments.$post({ param: { shareId }, json: request }),
        commentResponseSchema,
      ).then((body) => body.comment),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: shareCommentsQueryOptions(shareId).queryKey }),
  });
}

/** Where the adviser opens a proof's file (the server checks the share on each request). */
export function sharedBlobUrl(shareId: string, sha256: string): string {
  return `/api/adviser/shares/${encodeURIComponent(shareId)}/blobs/${encodeURIComponent(sha256)}`;
}

/**
 * A shared file's bytes for the adviser's PDF; null when the server refuses it or the network
 * fails, and the PDF then lists the file as unreadable. Each read is in the person's access log.
 */
export async function readSharedBlob(shareId: string, sha256: string): Promise<ArrayBuffer | null> {
  try {
    const response = await api.adviser.shares[":shareId"].blobs[":sha256"].$get({
      param: { shareId, sha256 },
    });
    return response.ok ? await response.arrayBuffer() : null;
  } catch (error) {
    console.warn("[skillfolio] a shared file could not be read for the PDF", sha256, error);
    return null;
  }
}

/** Writes "exported" in the person's access log; a share that ended answers 404. */
export function recordExport(shareId: string): Promise<void> {
  return sendEmpty(() =>
    api.adviser.shares[":shareId"].export.$post(
      { param: { shareId } },
      { headers: { "Content-Type": "application/json" } },
    ),
  );
}
