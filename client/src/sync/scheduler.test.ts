import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { uuidv7 } from "../../../shared/ids";
import { experienceDefaults } from "../../../shared/schemas/experience";
import { SyncAuthError, type SyncTransport } from "../../../shared/sync/engine";
import { MemoryReplicaStore } from "../../../shared/sync/memory-store";
import type { PullResponse, PushRequest } from "../../../shared/sync/protocol";
import { writeLocal } from "../../../shared/sync/replica";
import { ApiRequestError } from "../lib/api-error";
import { SyncScheduler } from "./scheduler";
import { SyncStatus } from "./sync-status";

const OWNER = uuidv7();
const emptyPage: PullResponse = {
  cookie: 0,
  lastMutationId: 0,
  hasMore: false,
  reset: false,
  changes: [],
};

function transport(overrides: Partial<SyncTransport> = {}) {
  const pushes: PushRequest[] = [];
  let lastMutationId = 0;
  const fake: SyncTransport = {
    push: async (request) => {
      pushes.push(request);
      lastMutationId = Math.max(
        lastMutationId,
        ...request.mutations.map((mutation) => mutation.id),
      );
      return { lastMutationId, rejections: [] };
    },
    pull: async () => ({ ...emptyPage, lastMutationId }),
    ...overrides,
  };
  return { fake, pushes };
}

async function edit(store: MemoryReplicaStore, title: string) {
  await store.transaction((tx) =>
    writeLocal(tx, OWNER, "experience", uuidv7(), "put", { ...experienceDefaults, title }),
  );
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the sync scheduler", () => {
  it("waits for a pause in local writes, then pushes them together", async () => {
    const store = new MemoryReplicaStore(uuidv7(), OWNER);
    const { fake, pushes } = transport();
    const scheduler = new SyncScheduler({
      store,
      transport: fake,
      status: new SyncStatus(),
      debounceMs: 500,
    });
    for (const title of ["un", "deux", "trois"]) {
      await edit(store, title);
      scheduler.localWrite();
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(pushes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(600);
    expect(pushes).toHaveLength(1);
    expect(pushes[0]?.mutations).toHaveLength(3);
    expect(store.pendingCount()).toBe(0);
    scheduler.stop();
  });

  it("never runs two rounds at once, and runs one more when asked during a round", async () => {
    const store = new MemoryReplicaStore(uuidv7(), OWNER);
    let inFlight = 0;
    let maxInFlight = 0;
    let pulls = 0;
    const { fake } = transport({
      pull: async () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 100));
        inFlight--;
        pulls++;
        return emptyPage;
      },
    });
    const scheduler = new SyncScheduler({ store, transport: fake, status: new SyncStatus() });
    const first = scheduler.run();
    void scheduler.run();
    void scheduler.run();
    await vi.advanceTimersByTimeAsync(500);
    await first;
    expect(maxInFlight).toBe(1);
    expect(pulls).toBe(2);
    scheduler.stop();
  });

  it("reports offline on a network failure and retries with a growing delay", async () => {
    const store = new MemoryReplicaStore(uuidv7(), OWNER);
    const status = new SyncStatus();
    let attempts = 0;
    const { fake } = transport({
      pull: async () => {
        attempts++;
        throw new ApiRequestError("network", null, "offline");
      },
    });
    const scheduler = new SyncScheduler({ store, transport: fake, status });
    await scheduler.run();
    expect(status.get()).toEqual({ kind: "offline" });
    expect(attempts).toBe(1);
    await vi.advanceTimersByTimeAsync(2_100);
    expect(attempts).toBe(2);
    await vi.advanceTimersByTimeAsync(2_100);
    expect(attempts).toBe(2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(attempts).toBe(3);
    scheduler.stop();
  });

  it("stops on an expired session, keeping every queued edit", async () => {
    const store = new MemoryReplicaStore(uuidv7(), OWNER);
    const status = new SyncStatus();
    await edit(store, "gardée");
    const { fake } = transport({
      push: async () => {
        throw new SyncAuthError("expired");
      },
    });
    const scheduler = new SyncScheduler({ store, transport: fake, status });
    await scheduler.run();
    expect(status.get()).toEqual({ kind: "signed-out" });
    expect(store.pendingCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(store.pendingCount()).toBe(1);
    scheduler.stop();
  });

  it("reports a server error with its reason", async () => {
    const store = new MemoryReplicaStore(uuidv7(), OWNER);
    const status = new SyncStatus();
    const { fake } = transport({
      pull: async () => {
        throw new ApiRequestError("internal", 500, "Something went wrong on the server.");
      },
    });
    const scheduler = new SyncScheduler({ store, transport: fake, status });
    await scheduler.run();
    expect(status.get()).toEqual({
      kind: "error",
      code: "internal",
      message: "Something went wrong on the server.",
    });
    scheduler.stop();
  });
});
