/** What the header badge shows (docs/sync-protocol.md). `pending` counts unpushed changes. */
export type SyncState =
  | { kind: "idle" }
  | { kind: "syncing" }
  | { kind: "synced"; at: string }
  | { kind: "offline" }
  | { kind: "signed-out" }
  | { kind: "error"; message: string; code: string };

type Listener = () => void;

/** A tiny external store for `useSyncExternalStore`. */
export class SyncStatus {
  private state: SyncState = { kind: "idle" };
  private readonly listeners = new Set<Listener>();

  get = () => this.state;

  set(state: SyncState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: Listener) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };
}
