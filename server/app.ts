import { existsSync } from "node:fs";
import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import type { AppDeps, AppEnv } from "./http/context";
import { refusedByDatabase } from "./http/database-errors";
import { ApiError, errorResponse } from "./http/errors";
import { createLogger } from "./http/log";
import { openApiDocument, type RouteDoc } from "./http/openapi";
import { requestLog } from "./http/request-log";
import { csrfGuard, noStoreForPersonalData, securityHeaders } from "./http/security";
import { accessLogDocs, accessLogRoutes } from "./routes/access-log/access-log.route";
import { accountDocs, accountRoutes } from "./routes/account/account.route";
import { adviserDocs, adviserRoutes } from "./routes/adviser/adviser.route";
import { authDocs, authRoutes } from "./routes/auth/auth.route";
import { totpDocs, totpRoutes } from "./routes/auth/totp.route";
import { blobDocs, blobRoutes } from "./routes/blobs/blobs.route";
import { commentDocs, commentRoutes } from "./routes/comments/comments.route";
import { conflictDocs, conflictRoutes } from "./routes/conflicts/conflicts.route";
import { healthDocs, healthRoutes } from "./routes/health/health.route";
import { referenceDocs, referenceRoutes } from "./routes/reference/reference.route";
import { shareDocs, shareRoutes } from "./routes/shares/shares.route";
import { syncDocs, syncRoutes } from "./routes/sync/sync.route";
import { Keyring } from "./secrets/keyring";

export type { AppDeps } from "./http/context";

/** Crawlers may index the sign-in page and nothing else: every other page is someone's. */
const ROBOTS_TXT = "User-agent: *\nAllow: /sign-in$\nDisallow: /\n";

/** JSON bodies are small; blob uploads get their own, larger limit on their route. */
const JSON_BODY_LIMIT = 1024 * 1024;

export const apiDocs: RouteDoc[] = [
  ...healthDocs,
  ...authDocs,
  ...referenceDocs,
  ...syncDocs,
  ...blobDocs,
  ...conflictDocs,
  ...accountDocs,
  ...totpDocs,
  ...shareDocs,
  ...commentDocs,
  ...accessLogDocs,
  ...adviserDocs,
];

const jsonBodyLimit = bodyLimit({
  maxSize: JSON_BODY_LIMIT,
  onError: (c) => errorResponse(c, 413, "payload_too_large", "The request body is too large."),
});

function buildApi(deps: AppDeps) {
  return new Hono<AppEnv>()
    .use((c, next) => (c.req.path.startsWith("/api/blobs/") ? next() : jsonBodyLimit(c, next)))
    .use(csrfGuard({ https: deps.cookies.secure }))
    .route("/health", healthRoutes(deps))
    .route("/auth", authRoutes(deps))
    .route("/reference", referenceRoutes(deps))
    .route("/sync", syncRoutes(deps))
    .route("/blobs", blobRoutes(deps))
    .route("/conflicts", conflictRoutes(deps))
    .route("/account", accountRoutes(deps))
    .route("/auth/totp", totpRoutes(deps))
    .route("/shares", shareRoutes(deps))
    .route("/comments", commentRoutes(deps))
    .route("/access-log", accessLogRoutes(deps))
    .route("/adviser", adviserRoutes(deps))
    .get("/openapi.json", (c) => c.json(openApiDocument(apiDocs), 200));
}

/** The API's type, for the client's `hc<AppType>`. */
export type AppType = ReturnType<typeof buildApi>;

export type AppOptions = Omit<AppDeps, "secrets"> & {
  /** The built client to serve next to the API; absent in API-only tests. */
  clientDist?: string;
  /** Required to keep second factors across restarts; a throwaway key when absent (tests). */
  secrets?: Keyring;
};

export function createApp(options: AppOptions) {
  const app = new Hono<AppEnv>();
  const logger = options.logger ?? createLogger();
  app.use(requestLog(logger));
  app.use(securityHeaders({ https: options.cookies.secure }));
  app.use("/api/*", noStoreForPersonalData());
  app.route("/api", buildApi({ ...options, secrets: options.secrets ?? Keyring.ephemeral() }));

  const allowed = allowedMethodsByPath(apiDocs);
  app.all("/api/*", (c) => {
    const methods = allowed(c.req.path);
    if (methods.length > 0) {
      c.header("Allow", methods.join(", ").toUpperCase());
      return errorResponse(
        c,
        405,
        "method_not_allowed",
        `Use ${methods.join(" or ").toUpperCase()} here.`,
      );
    }
    return errorResponse(c, 404, "not_found", "No such API route.");
  });

  app.get("/robots.txt", (c) => c.text(ROBOTS_TXT, 200));
  if (options.clientDist && existsSync(path.join(options.clientDist, "index.html"))) {
    serveClient(app, options.clientDist);
  }

  app.notFound((c) => errorResponse(c, 404, "not_found", "Not found."));
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return errorResponse(c, error.status, error.code, error.message, error.details);
    }
    if (error instanceof HTTPException && error.status < 500) {
      const malformed = /json/i.test(error.message);
      return errorResponse(
        c,
        error.status === 400 || malformed ? 400 : error.status,
        malformed ? "invalid_json" : "invalid_input",
        malformed ? "The request body is not valid JSON." : error.message,
      );
    }
    // Nothing personal in logs: the route and the redacted error, never the body or cookies.
    const log = c.get("log") ?? logger;
    if (refusedByDatabase(error)) {
      log.warn({ err: error }, "input refused by the database");
      return errorResponse(
        c,
        400,
        "invalid_input",
        "The request holds a value that cannot be stored.",
      );
    }
    log.error({ err: error }, "request failed");
    return errorResponse(c, 500, "internal", "Something went wrong on the server.");
  });
  return app;
}

/**
 * Serves the built PWA: hashed assets cached for a year, the service worker and the HTML never
 * cached (so a deploy is noticed), and unknown paths answered with index.html for the router.
 */
function serveClient(app: Hono<AppEnv>, root: string) {
  app.use(
    "*",
    serveStatic({
      root,
      onFound: (filePath, c) => {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        c.header("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
      },
    }),
  );
  app.get(
    "*",
    serveStatic({
      root,
      path: "index.html",
      onFound: (_filePath, c) => {
        c.header("Cache-Control", "no-cache");
      },
    }),
  );
}

/** For a 405 rather than a 404 when the path exists with another method. */
function allowedMethodsByPath(docs: RouteDoc[]) {
  const routes = docs.map((doc) => ({
    method: doc.method,
    pattern: new RegExp(`^${doc.path.replace(/\{[^}]+\}/g, "[^/]+")}/?$`),
  }));
  return (requestPath: string) => [
    ...new Set(
      routes.filter((route) => route.pattern.test(requestPath)).map((route) => route.method),
    ),
  ];
}
