import { SyncAuthError, type SyncTransport } from "../../../shared/sync/engine";
import {
  type PullRequest,
  type PushRequest,
  pullResponseSchema,
  pushResponseSchema,
} from "../../../shared/sync/protocol";
import { api, send } from "../lib/api-client";
import { ApiRequestError } from "../lib/api-error";

/** The sync wire over the typed API client; a 401 becomes SyncAuthError (sign in again). */
export const httpTransport: SyncTransport = {
  push: (request: PushRequest) =>
    authenticated(() => send(() => api.sync.push.$post({ json: request }), pushResponseSchema)),
  pull: (request: PullRequest) =>
    authenticated(() => send(() => api.sync.pull.$post({ json: request }), pullResponseSchema)),
};

async function authenticated<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ApiRequestError && error.code === "unauthenticated") {
      throw new SyncAuthError(error.message);
    }
    throw error;
  }
}
