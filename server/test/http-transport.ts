import type { SyncTransport } from "../../shared/sync/engine";
import {
  type PullRequest,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  pullResponseSchema,
  pushResponseSchema,
} from "../../shared/sync/protocol";
import { NetworkError } from "./faulty-transport";

/** The sync wire over real HTTP to running server processes, picking one per request. */
export class HttpTransport implements SyncTransport {
  private requests = 0;

  constructor(
    private readonly baseUrls: () => string[],
    private readonly cookie: string,
  ) {}

  push(request: PushRequest): Promise<PushResponse> {
    return this.post("/api/sync/push", request).then((body) => pushResponseSchema.parse(body));
  }

  pull(request: PullRequest): Promise<PullResponse> {
    return this.post("/api/sync/pull", request).then((body) => pullResponseSchema.parse(body));
  }

  private async post(path: string, body: unknown): Promise<unknown> {
    const urls = this.baseUrls();
    const base = urls[this.requests++ % urls.length];
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: this.cookie },
        body: JSON.stringify(body),
      });
    } catch (error) {
      throw new NetworkError(error instanceof Error ? error.message : String(error));
    }
    if (response.status !== 200)
      throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return response.json();
  }
}

/** Signs up through HTTP and returns the session cookie. */
export async function signUpOverHttp(baseUrl: string, email: string) {
  const response = await fetch(`${baseUrl}/api/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "un cheval correct agrafe", displayName: "Test" }),
  });
  if (response.status !== 201)
    throw new Error(`signup: ${response.status} ${await response.text()}`);
  const setCookie = response.headers.getSetCookie().find((line) => line.startsWith("sf_session="));
  const user = ((await response.json()) as { user: { id: string } }).user;
  return { cookie: setCookie?.split(";")[0] ?? "", userId: user.id };
}
