import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { AppEnv } from "./context";
import type { Logger } from "./log";

/**
 * One log line per request: its id (also sent back as `X-Request-Id`, so a person reporting a
 * problem can quote it), method, the route's pattern (never the raw path, which holds ids),
 * status and duration. Handlers log through `c.var.log`, which carries the same id.
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = randomUUID();
    c.set("log", logger.child({ requestId }));
    c.header("X-Request-Id", requestId);
    await next();
    c.var.log.info(
      {
        method: c.req.method,
        route: routePath(c),
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      },
      "request",
    );
  };
}
