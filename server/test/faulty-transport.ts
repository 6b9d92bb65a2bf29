import type { SyncTransport } from "../../shared/sync/engine";
import type {
  PullRequest,
  PullResponse,
  PushRequest,
  PushResponse,
} from "../../shared/sync/protocol";
import { pullResponseSchema, pushResponseSchema } from "../../shared/sync/protocol";
import type { createApp } from "../app";

export class NetworkError extends Error {}

export type Fault = "none" | "drop-request" | "lose-response" | "duplicate" | "replay-old";

/**
 * The sync wire through the real Hono app, with a network that misbehaves on demand: requests
 * dropped before the server sees them, responses lost after the server committed, requests sent
 * twice, and old requests delivered again late (reordering).
 */
export class FaultyTransport implements SyncTransport {
  private readonly sent: { path: string; body: unknown }[] = [];
  /** Called before and after each delivery, so a test can observe what the server applied. */
  onDeliver: ((phase: "before" | "after", body: unknown, path: string) => Promise<void>) | null =
    null;

  constructor(
    private readonly app: () => ReturnType<typeof createApp>,
    private readonly cookie: string,
    private readonly nextFault: () => Fault,
    private readonly pick: (count: number) => number,
  ) {}

  push(request: PushRequest): Promise<PushResponse> {
    return this.send("/api/sync/push", request).then((body) => pushResponseSchema.parse(body));
  }

  pull(request: PullRequest): Promise<PullResponse> {
    return this.send("/api/sync/pull", request).then((body) => pullResponseSchema.parse(body));
  }

  private async send(path: string, body: unknown): Promise<unknown> {
    const fault = this.nextFault();
    if (fault === "replay-old" && this.sent.length > 0) {
      const old = this.sent[this.pick(this.sent.length)];
      if (old) await this.deliver(old.path, old.body).catch(() => undefined);
    }
    this.sent.push({ path, body });
    if (fault === "drop-request") throw new NetworkError("request dropped");
    const response = await this.deliver(path, body);
    if (fault === "duplicate") await this.deliver(path, body);
    if (fault === "lose-response") throw new NetworkError("response lost");
    return response;
  }

  private async deliver(path: string, body: unknown): Promise<unknown> {
    await this.onDeliver?.("before", body, path);
    const response = await this.app().request(path, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: this.cookie },
      body: JSON.stringify(body),
    });
    await this.onDeliver?.("after", body, path);
    if (response.status !== 200)
      throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return response.json();
  }
}
