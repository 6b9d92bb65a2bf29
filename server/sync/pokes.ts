import type { Database } from "../db/connect";
import { SYNC_CHANNEL } from "./push";

type Poke = () => void;

/**
 * Fans the `skillfolio_sync` NOTIFY (payload: owner id, sent by a committing push on any server
 * process) out to this process's open event streams of that owner. Pokes carry no data: a device
 * that hears one pulls.
 */
export class SyncPokes {
  private readonly subscribers = new Map<string, Set<Poke>>();
  private listening: Promise<unknown> | null = null;

  constructor(private readonly listen: Database["listen"]) {}

  async subscribe(ownerId: string, poke: Poke): Promise<() => void> {
    this.listening ??= this.listen(SYNC_CHANNEL, (payload) => {
      for (const subscriber of this.subscribers.get(payload) ?? []) subscriber();
    });
    await this.listening;
    const set = this.subscribers.get(ownerId) ?? new Set<Poke>();
    set.add(poke);
    this.subscribers.set(ownerId, set);
    return () => {
      set.delete(poke);
      if (set.size === 0) this.subscribers.delete(ownerId);
    };
  }
}
