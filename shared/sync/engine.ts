import {
  DEFAULT_PULL_LIMIT,
  type PullRequest,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  SYNC_SCHEMA_VERSION,
} from "./protocol";
import { readPushBatch } from "./push-batch";
import { acknowledgePush, applyPullPage, type ReplicaStore } from "./replica";

/** How the engine reaches the server; the app's is HTTP, the convergence test's may lose packets. */
export interface SyncTransport {
  push(request: PushRequest): Promise<PushResponse>;
  pull(request: PullRequest): Promise<PullResponse>;
}

/** Thrown by a transport when the server says the session is gone (HTTP 401). */
export class SyncAuthError extends Error {}

export type SyncOutcome = {
  pushed: number;
  pulled: number;
  rejected: { id: number; code: string; message: string }[];
};

/**
 * One full round: push the outbox in batches until it is empty, then pull until the server has
 * nothing more. Safe to repeat after any failure: pushes are idempotent per mutation id and a
 * pull page is applied only against the cookie it was asked with. Callers serialise rounds
 * (one syncing tab, one round at a time).
 */
export async function syncRound(
  store: ReplicaStore,
  transport: SyncTransport,
  options: { pullLimit?: number; maxPushBatches?: number } = {},
): Promise<SyncOutcome> {
  const clientId = await store.clientId();
  const ownerId = await store.ownerId();
  const outcome: SyncOutcome = { pushed: 0, pulled: 0, rejected: [] };

  for (let batch = 0; batch < (options.maxPushBatches ?? 1000); batch++) {
    const mutations = await store.transaction((tx) => readPushBatch(tx, ownerId));
    if (mutations.length === 0) break;
    const response = await transport.push({
      clientId,
      schemaVersion: SYNC_SCHEMA_VERSION,
      mutations,
    });
    outcome.rejected.push(...response.rejections);
    const dropped = await store.transaction((tx) =>
      acknowledgePush(tx, ownerId, response.lastMutationId, response.rejections),
    );
    outcome.pushed += dropped;
    // The server stopped short of this batch (a gap it has not seen the start of): nothing more
    // can go until it catches up, which the next round retries.
    if (dropped === 0) break;
  }

  for (;;) {
    const cookie = await store.transaction((tx) => tx.getCookie());
    const page = await transport.pull({
      clientId,
      cookie,
      limit: options.pullLimit ?? DEFAULT_PULL_LIMIT,
    });
    const applied = await store.transaction((tx) => applyPullPage(tx, ownerId, cookie, page));
    if (!applied) break;
    outcome.pulled += page.changes.length;
    if (!page.hasMore) break;
  }
  return outcome;
}
