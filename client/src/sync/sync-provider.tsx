import {
  createContext,
  type ReactNode,
  use,
  useEffect,
  useMemo,
  useSyncExternalStore,
} from "react";
import { setBlobFetcher } from "../blobs/blob-fetcher";
import { db } from "../db/database";
import { claimDevice } from "../db/device-owner";
import { localWrites } from "../db/local-writes";
import { DexieReplicaStore } from "../db/replica-store";
import { downloadBlob, uploadPendingBlobs } from "./blob-transfer";
import { httpTransport } from "./http-transport";
import { SyncScheduler } from "./scheduler";
import { type SyncState, SyncStatus } from "./sync-status";

const LOCK_NAME = "skillfolio-sync";
const CHANNEL_NAME = "skillfolio-sync";

type SyncContextValue = { status: SyncStatus; syncNow: () => void };
const SyncContext = createContext<SyncContextValue | null>(null);

type ChannelMessage =
  | { type: "write" }
  | { type: "sync-now" }
  | { type: "status"; state: SyncState };

/**
 * Runs the sync engine for the signed-in person. One tab syncs (the holder of a Web Lock); other
 * tabs tell it about their writes over a BroadcastChannel and show the status it broadcasts. When
 * the syncing tab closes, the lock passes to another tab.
 */
export function SyncProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const status = useMemo(() => new SyncStatus(), []);
  const channel = useMemo(
    () => (typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(CHANNEL_NAME)),
    [],
  );
  const value = useMemo<SyncContextValue>(
    () => ({
      status,
      syncNow: () => {
        channel?.postMessage({ type: "sync-now" } satisfies ChannelMessage);
        window.dispatchEvent(new Event("skillfolio:sync-now"));
      },
    }),
    [status, channel],
  );

  useEffect(() => {
    let scheduler: SyncScheduler | null = null;
    let events: EventSource | null = null;
    let releaseLock: (() => void) | undefined;
    let stopBroadcast: (() => void) | undefined;
    let unmounted = false;

    const onWrite = () => {
      if (scheduler) scheduler.localWrite();
      else channel?.postMessage({ type: "write" } satisfies ChannelMessage);
    };
    const onSyncNow = () => scheduler?.request(0);
    const onOnline = () => scheduler?.request(0);
    const onVisible = () => {
      if (document.visibilityState === "visible") scheduler?.request(0);
    };
    const onMessage = (event: MessageEvent<ChannelMessage>) => {
      const message = event.data;
      if (message.type === "status") {
        if (!scheduler) status.set(message.state);
      } else if (message.type === "write") scheduler?.localWrite();
      else scheduler?.request(0);
    };

    const lead = async () => {
      // The device must hold this person's portfolio before anything is pushed or pulled.
      await claimDevice(db, userId);
      if (unmounted) return;
      scheduler = new SyncScheduler({
        store: new DexieReplicaStore(db),
        transport: httpTransport,
        status,
        beforePush: () => uploadPendingBlobs(db),
      });
      stopBroadcast = status.subscribe(() =>
        channel?.postMessage({ type: "status", state: status.get() } satisfies ChannelMessage),
      );
      if (typeof EventSource !== "undefined") {
        events = new EventSource("/api/sync/events");
        events.addEventListener("poke", () => scheduler?.request(0));
      }
      scheduler.request(0);
    };

    // Any tab may fetch a file it needs to show; only the syncing tab pushes and pulls.
    setBlobFetcher((sha256) => downloadBlob(db, sha256));
    localWrites.addEventListener("write", onWrite);
    window.addEventListener("skillfolio:sync-now", onSyncNow);
    window.addEventListener("online", onOnline);
    document.addEventListener("visibilitychange", onVisible);
    channel?.addEventListener("message", onMessage);

    const abort = new AbortController();
    if (typeof navigator !== "undefined" && navigator.locks) {
      navigator.locks
        .request(LOCK_NAME, { signal: abort.signal }, () =>
          unmounted
            ? Promise.resolve()
            : new Promise<void>((resolve) => {
                releaseLock = resolve;
                void lead();
              }),
        )
        .catch(() => undefined);
    } else {
      void lead();
    }

    return () => {
      unmounted = true;
      abort.abort();
      stopBroadcast?.();
      scheduler?.stop();
      events?.close();
      releaseLock?.();
      setBlobFetcher(null);
      localWrites.removeEventListener("write", onWrite);
      window.removeEventListener("skillfolio:sync-now", onSyncNow);
      window.removeEventListener("online", onOnline);
      document.removeEventListener("visibilitychange", onVisible);
      channel?.removeEventListener("message", onMessage);
    };
  }, [status, channel, userId]);

  useEffect(() => () => channel?.close(), [channel]);

  return <SyncContext value={value}>{children}</SyncContext>;
}

export function useSync() {
  const context = use(SyncContext);
  if (!context) throw new Error("useSync needs a SyncProvider above it");
  const state = useSyncExternalStore(context.status.subscribe, context.status.get);
  return { state, syncNow: context.syncNow };
}
