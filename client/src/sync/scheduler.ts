import { SyncAuthError, type SyncTransport, syncRound } from "../../../shared/sync/engine";
import { MAX_PULL_LIMIT } from "../../../shared/sync/protocol";
import type { ReplicaStore } from "../../../shared/sync/replica";
import { ApiRequestError } from "../lib/api-error";
import type { SyncStatus } from "./sync-status";

export type SyncSchedulerOptions = {
  store: ReplicaStore;
  transport: SyncTransport;
  status: SyncStatus;
  /** Runs before each push (blob uploads). */
  beforePush?: () => Promise<unknown>;
  /** After a local write, wait this long for more writes before syncing. */
  debounceMs?: number;
  /** Periodic sync while the app is open. */
  intervalMs?: number;
  maxBackoffMs?: number;
};

/**
 * When to sync (docs/sync-protocol.md, "When a device syncs"): shortly after local writes, when the
 * network comes back, when the app becomes visible, every minute, and when the server pokes. Rounds
 * never overlap: a request during a round runs one more round after it. Failures back off
 * exponentially (2 s to 1 min); an expired session stops syncing until the person signs in again,
 * keeping every edit.
 */
export class SyncScheduler {
  private running = false;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private stopped = false;
  private readonly options: Required<Omit<SyncSchedulerOptions, "beforePush">> &
    Pick<SyncSchedulerOptions, "beforePush">;

  constructor(options: SyncSchedulerOptions) {
    this.options = { debounceMs: 600, intervalMs: 60_000, maxBackoffMs: 60_000, ...options };
  }

  /** Asks for a round after `delayMs` (0: now); an earlier request wins. */
  request(delayMs = 0) {
    if (this.stopped) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, delayMs);
  }

  localWrite() {
    this.request(this.options.debounceMs);
  }

  stop() {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
  }

  /** Runs rounds until no request came in meanwhile; resolves when idle. */
  async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        await this.round();
      } while (this.again && !this.stopped);
    } finally {
      this.running = false;
    }
  }

  private async round() {
    const { status } = this.options;
    if (typeof navigator !== "undefined" && navigator.onLine === false) {
      status.set({ kind: "offline" });
      return;
    }
    status.set({ kind: "syncing" });
    try {
      await this.options.beforePush?.();
      await syncRound(this.options.store, this.options.transport, { pullLimit: MAX_PULL_LIMIT });
      this.failures = 0;
      status.set({ kind: "synced", at: new Date().toISOString() });
      this.request(this.options.intervalMs);
    } catch (error) {
      if (error instanceof SyncAuthError) {
        status.set({ kind: "signed-out" });
        return;
      }
      this.failures++;
      if (error instanceof ApiRequestError && error.code === "network")
        status.set({ kind: "offline" });
      else {
        const code = error instanceof ApiRequestError ? error.code : "unexpected";
        status.set({
          kind: "error",
          code,
          message: error instanceof Error ? error.message : String(error),
        });
      }
      const backoff = Math.min(this.options.maxBackoffMs, 2000 * 2 ** (this.failures - 1));
      this.request(backoff);
    }
  }
}
