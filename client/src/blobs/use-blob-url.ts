import { useLiveQuery } from "dexie-react-hooks";
import { useEffect, useState } from "react";
import { db, type SkillfolioDatabase } from "../db/database";
import { fetchMissingBlob } from "./blob-fetcher";

/** Whether a file's bytes can be shown: loading, not on this device yet, or an object URL. */
export type BlobUrlState =
  | { status: "loading" }
  | { status: "missing" }
  | { status: "ready"; url: string; mime: string };

/** Whether the bytes of `sha256` are on this device, without reading them (live). */
export function useBlobPresent(sha256: string | null, database: SkillfolioDatabase = db) {
  return useLiveQuery(
    async () =>
      sha256 === null ? false : (await database.blobs.where("sha256").equals(sha256).count()) > 0,
    [sha256, database],
  );
}

/**
 * An object URL of a file kept on this device, revoked when the screen lets go of it. When the
 * bytes are not here yet, says "missing" (the UI shows a placeholder) and asks the blob fetcher;
 * the live query picks the bytes up as soon as they land.
 */
export function useBlobUrl(sha256: string | null, database: SkillfolioDatabase = db): BlobUrlState {
  const present = useBlobPresent(sha256, database);
  const [state, setState] = useState<BlobUrlState>({ status: "loading" });

  useEffect(() => {
    if (present === undefined || sha256 === null) {
      setState({ status: "loading" });
      return;
    }
    if (!present) {
      setState({ status: "missing" });
      void fetchMissingBlob(sha256);
      return;
    }
    let url: string | null = null;
    let current = true;
    database.blobs.get(sha256).then(
      (entry) => {
        if (!current) return;
        if (!entry) return setState({ status: "missing" });
        url = URL.createObjectURL(new Blob([entry.bytes], { type: entry.mime }));
        setState({ status: "ready", url, mime: entry.mime });
      },
      (error: unknown) => {
        console.warn("[skillfolio] could not read a file", sha256, error);
        if (current) setState({ status: "missing" });
      },
    );
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [present, sha256, database]);

  return state;
}
