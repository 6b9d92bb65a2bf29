import type { Mutation, SyncTable } from "./protocol";
import type { ReplicaRecord, ReplicaStore, ReplicaTransaction } from "./replica";

type State = {
  views: Map<string, ReplicaRecord & { table: SyncTable }>;
  server: Map<string, ReplicaRecord>;
  outbox: Mutation[];
  nextMutationId: number;
  cookie: number | null;
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
        draft.outbox.push(mutation);
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
    };
  }
}
