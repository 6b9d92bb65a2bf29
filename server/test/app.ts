import type { DestinationStream } from "pino";
import { userResponseSchema } from "../../shared/schemas/index";
import { createApp } from "../app";
import type { Database } from "../db/connect";
import { createLogger } from "../http/log";
import { Keyring } from "../secrets/keyring";
import { SyncPokes } from "../sync/pokes";
import { openTestDatabase } from "./database";

export type TestContext = {
  app: ReturnType<typeof createApp>;
  database: Database;
  secrets: Keyring;
  close: () => Promise<void>;
};

/**
 * The real Hono app on a real store, as the Node server would run it (without the PWA files).
 * Its log shows only errors, on stdout, unless a test gives it a destination to read.
 */
export async function openTestApp(
  options: { secrets?: Keyring; log?: DestinationStream } = {},
): Promise<TestContext> {
  const database = await openTestDatabase();
  const secrets = options.secrets ?? Keyring.ephemeral();
  const app = createApp({
    db: database.db,
    store: database.kind,
    cookies: { secure: false },
    // One proxy in front: the agent's X-Forwarded-For is what that proxy would have appended.
    trustProxy: 1,
    pokes: new SyncPokes(database.listen),
    secrets,
    logger: createLogger(
      options.log ? { destination: options.log, level: "debug" } : { level: "error" },
    ),
  });
  return { app, database, secrets, close: database.close };
}

type Body = Record<string, unknown> | unknown[] | string | null;

/**
 * A browser-like caller: keeps the cookies the server sets and sends them back, always with a
 * JSON content type and an IP of its own (via X-Forwarded-For, which the test app trusts).
 */
export class Agent {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly app: TestContext["app"],
    readonly ip = "203.0.113.7",
  ) {}

  async request(method: string, path: string, body?: Body, headers: Record<string, string> = {}) {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await this.app.request(path, {
      method,
      headers: {
        "content-type": "application/json",
        "x-forwarded-for": this.ip,
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      ...(body === undefined
        ? {}
        : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const [name = "", value = ""] = pair.split("=");
      const expired = attributes.some((attribute) =>
        /max-age=0|expires=thu, 01 jan 1970/i.test(attribute.trim()),
      );
      if (expired || value === "") this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return response;
  }

  get(path: string) {
    return this.request("GET", path);
  }
  post(path: string, body?: Body) {
    return this.request("POST", path, body);
  }
  patch(path: string, body?: Body) {
    return this.request("PATCH", path, body);
  }
}

export const strongPassword = "un cheval correct agrafe";

export async function signUp(agent: Agent, email: string, displayName = "Camille Martin") {
  const response = await agent.post("/api/auth/signup", {
    email,
    password: strongPassword,
    displayName,
  });
  if (response.status !== 201)
    throw new Error(`signup failed: ${response.status} ${await response.text()}`);
  return userResponseSchema.parse(await response.json()).user;
}
