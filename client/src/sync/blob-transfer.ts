import { SyncAuthError } from "../../../shared/sync/engine";
import { sha256Hex } from "../blobs/sha256";
import type { SkillfolioDatabase } from "../db/database";
import { ApiRequestError, errorFromResponse } from "../lib/api-error";

const blobUrl = (sha256: string) => new URL(`/api/blobs/${sha256}`, location.origin);

async function reach(request: () => Promise<Response>): Promise<Response> {
  try {
    return await request();
  } catch (error) {
    throw new ApiRequestError(
      "network",
      null,
      error instanceof Error ? error.message : "Network error",
    );
  }
}

/**
 * Sends every file the server does not have yet, before the records that point to them are pushed
 * (docs/sync-protocol.md, "Blobs"). A file already there (HEAD 200) is not sent again; an
 * interrupted upload is simply sent again next round, since the server stores by hash.
 */
export async function uploadPendingBlobs(database: SkillfolioDatabase): Promise<number> {
  const pending = await database.blobs.filter((entry) => entry.uploadedAt === null).toArray();
  let sent = 0;
  for (const entry of pending) {
    const head = await reach(() =>
      fetch(blobUrl(entry.sha256), { method: "HEAD", credentials: "same-origin" }),
    );
    if (head.status === 401) throw new SyncAuthError("session expired");
    if (head.status !== 200) {
      const response = await reach(() =>
        fetch(blobUrl(entry.sha256), {
          method: "PUT",
          credentials: "same-origin",
          headers: { "Content-Type": "application/octet-stream", "X-Skillfolio-Upload": "1" },
          body: entry.bytes,
        }),
      );
      if (response.status === 401) throw new SyncAuthError("session expired");
      if (!response.ok) throw await errorFromResponse(response);
      sent++;
    }
    await database.blobs.update(entry.sha256, { uploadedAt: new Date().toISOString() });
  }
  return sent;
}

/**
 * Fetches a file this device does not hold yet (a proof added on another device), checks it is
 * what its hash says, and keeps it. Returns false when the server does not have it (yet).
 */
export async function downloadBlob(database: SkillfolioDatabase, sha256: string): Promise<boolean> {
  const response = await reach(() => fetch(blobUrl(sha256), { credentials: "same-origin" }));
  if (response.status === 404) return false;
  if (response.status === 401) throw new SyncAuthError("session expired");
  if (!response.ok) throw await errorFromResponse(response);
  const bytes = await response.arrayBuffer();
  if ((await sha256Hex(bytes)) !== sha256) return false;
  await database.blobs.put({
    sha256,
    mime: response.headers.get("content-type") ?? "application/octet-stream",
    size: bytes.byteLength,
    bytes,
    uploadedAt: new Date().toISOString(),
  });
  return true;
}
