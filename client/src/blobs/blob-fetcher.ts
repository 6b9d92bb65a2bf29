import { db, type SkillfolioDatabase } from "../db/database";

/**
 * Fetches a file this device does not hold yet (a proof added on another device) and keeps it in
 * `blobs`; resolves to whether it arrived. The sync engine plugs its download in here with
 * `setBlobFetcher`; until then a missing file just shows its placeholder.
 */
export type BlobFetcher = (sha256: string) => Promise<boolean>;

let fetcher: BlobFetcher | null = null;
const asked = new Map<string, Promise<boolean>>();

export function setBlobFetcher(next: BlobFetcher | null) {
  fetcher = next;
  asked.clear();
}

/** Asks the fetcher once per file and session (a failure may be asked again later). */
export function fetchMissingBlob(sha256: string): Promise<boolean> {
  if (!fetcher) return Promise.resolve(false);
  const pending = asked.get(sha256);
  if (pending) return pending;
  const request = fetcher(sha256).catch((error: unknown) => {
    console.warn("[skillfolio] could not fetch a file", sha256, error);
    return false;
  });
  request.then((arrived) => {
    if (!arrived) asked.delete(sha256);
  });
  asked.set(sha256, request);
  return request;
}

/** A file's bytes from this device, fetched first when only the server holds them; null if neither. */
export async function readBlobBytes(
  sha256: string,
  database: SkillfolioDatabase = db,
): Promise<ArrayBuffer | null> {
  const local = await database.blobs.get(sha256);
  if (local) return local.bytes;
  if (!(await fetchMissingBlob(sha256))) return null;
  return (await database.blobs.get(sha256))?.bytes ?? null;
}
