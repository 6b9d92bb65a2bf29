import type { Mutation, SyncTable } from "./protocol";
import type {
  RejectedMutation,
  ReplicaRecord,
  ReplicaStore,
  ReplicaTransaction,
  Slot,
} from "./replica";

type State = {
  views: Map<string, ReplicaRecord & { table: SyncTable }>;
  server: Map<string, ReplicaRecord>;
  outbox: Mutation[];
  nextMutationId: number;
  cookie: number | null;
  rejections: RejectedMutation[];
  unsettled: Slot[];
};

const slot = (table: SyncTable, key: string) => `${table}:${key}`;

/**
 * A device's storage in memory, with all-or-nothing transactions (a failed one leaves no trace):
 * for the convergence tests of the sync engine, where Dexie's role is played by this.
 */
export class MemoryReplicaStore implements ReplicaStore {
  private state: State = {
    views: new Map(),
    server: new Map(),
    outbox: [],
    nextMutationId: 1,
    cookie: null,
    rejections: [],
    unsettled: [],
  };
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly client: string,
    private readonly owner: string,
  ) {}

  clientId() {
    return Promise.resolve(this.client);
  }
  ownerId() {
    return Promise.resolve(this.owner);
  }

  /** What the person sees: every live record, by table and key. */
  snapshot(): Map<string, ReplicaRecord> {
    return new Map(
      [...this.state.views].map(([key, { table: _table, ...record }]) => [key, record]),
    );
  }

  pendingCount() {
    return this.state.outbox.length;
  }

  /** The mutations the server refused, as kept for the person to review. */
  rejections(): RejectedMutation[] {
    return [...this.state.rejections];
  }

  /** How many mutations this device has ever queued. */
  mutationCount() {
    return this.state.nextMutationId - 1;
  }

  transaction<T>(work: (tx: ReplicaTransaction) => Promise<T>): Promise<T> {
    const run = async () => {
      const draft: State = {
        views: new Map(this.state.views),
        server: new Map(this.state.server),
        outbox: [...this.state.outbox],
        nextMutationId: this.state.nextMutationId,
        cookie: this.state.cookie,
        rejections: [...this.state.rejections],
        unsettled: [...this.state.unsettled],
      };
      const result = await work(this.transactionOn(draft));
      this.state = draft;
      return result;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private transactionOn(draft: State): ReplicaTransaction {
    return {
      getView: async (table, key) => {
        const found = draft.views.get(slot(table, key));
        if (!found) return undefined;
        const { table: _table, ...record } = found;
        return record;
      },
      putView: async (table, record) => {
        draft.views.set(slot(table, record.id), { ...record, table });
      },
      putViews: async (table, records) => {
        for (const record of records) draft.views.set(slot(table, record.id), { ...record, table });
      },
      deleteViews: async (table, keys) => {
        for (const key of keys) draft.views.delete(slot(table, key));
      },
      getServerCopy: async (table, key) => draft.server.get(slot(table, key)),
      putServerCopies: async (entries) => {
        for (const { table, record } of entries) draft.server.set(slot(table, record.id), record);
      },
      allViewKeys: async () =>
        [...draft.views.values()].map((view) => ({ table: view.table, key: view.id })),
      clearServerCopies: async () => {
        draft.server.clear();
      },
      appendOutbox: async (mutation) => {
        // Kept in id order, like IndexedDB's index: a replaced entry goes back in its place.
        const last = draft.outbox.at(-1);
        if (!last || last.id < mutation.id) draft.outbox.push(mutation);
        else draft.outbox = [...draft.outbox, mutation].sort((a, b) => a.id - b.id);
      },
      readOutbox: async (filter) =>
        draft.outbox.filter(
          (mutation) => !filter || (mutation.table === filter.table && mutation.key === filter.key),
        ),
      readOutboxHead: async (limit) => draft.outbox.slice(0, limit),
      dropOutbox: async (throughId) => {
        const dropped = draft.outbox.filter((mutation) => mutation.id <= throughId);
        draft.outbox = draft.outbox.filter((mutation) => mutation.id > throughId);
        return dropped;
      },
      nextMutationId: async () => draft.nextMutationId++,
      getCookie: async () => draft.cookie,
      setCookie: async (cookie) => {
        draft.cookie = cookie;
      },
      keepRejections: async (rejections) => {
        const replaced = new Set(rejections.map((rejection) => rejection.mutation.id));
        draft.rejections = [
          ...draft.rejections.filter((kept) => !replaced.has(kept.mutation.id)),
          ...rejections,
        ];
      },
      readRejections: async () =>
        [...draft.rejections].sort((a, b) => a.mutation.id - b.mutation.id),
      getUnsettled: async () => [...draft.unsettled],
      setUnsettled: async (slots) => {
        draft.unsettled = [...slots];
      },
    };
  }
}
