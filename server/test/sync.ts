import { uuidv7 } from "../../shared/ids";
import { experienceDefaults } from "../../shared/schemas/index";
import {
  type Mutation,
  type PullResponse,
  type PushResponse,
  pullResponseSchema,
  pushResponseSchema,
  SYNC_SCHEMA_VERSION,
} from "../../shared/sync/protocol";
import type { Agent } from "./app";

/** A device of a signed-in person, speaking the sync wire format through the real app. */
export class Device {
  readonly clientId = uuidv7();
  private nextId = 1;
  cookie: number | null = null;

  constructor(readonly agent: Agent) {}

  mutation(fields: Omit<Mutation, "id">): Mutation {
    return { id: this.nextId++, ...fields };
  }

  async push(mutations: Mutation[]): Promise<PushResponse> {
    const response = await this.agent.post("/api/sync/push", {
      clientId: this.clientId,
      schemaVersion: SYNC_SCHEMA_VERSION,
      mutations,
    });
    if (response.status !== 200)
      throw new Error(`push: ${response.status} ${await response.text()}`);
    return pushResponseSchema.parse(await response.json());
  }

  async pull(limit?: number): Promise<PullResponse> {
    const response = await this.agent.post("/api/sync/pull", {
      clientId: this.clientId,
      cookie: this.cookie,
      ...(limit ? { limit } : {}),
    });
    if (response.status !== 200)
      throw new Error(`pull: ${response.status} ${await response.text()}`);
    const page = pullResponseSchema.parse(await response.json());
    this.cookie = page.cookie;
    return page;
  }

  /** Pulls every page; returns the latest record of each key. */
  async pullAll(limit?: number) {
    const records = new Map<string, PullResponse["changes"][number]>();
    for (;;) {
      const page = await this.pull(limit);
      if (page.reset) records.clear();
      for (const change of page.changes) records.set(`${change.table}:${change.key}`, change);
      if (!page.hasMore) return records;
    }
  }
}

export function newExperience(title: string, extra: Partial<typeof experienceDefaults> = {}) {
  return { ...experienceDefaults, kind: "job" as const, title, ...extra };
}
