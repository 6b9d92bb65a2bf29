import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { apiErrorSchema } from "../../../shared/schemas/error";
import {
  pullRequestSchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
} from "../../../shared/sync/protocol";
import { requireUser } from "../../auth/require-user";
import type { AppDeps, AppEnv } from "../../http/context";
import type { RouteDoc } from "../../http/openapi";
import { jsonBody } from "../../http/validate";
import { pullChanges } from "../../sync/pull";
import { applyPush } from "../../sync/push";

const KEEPALIVE_MS = 25_000;

/** Each mutation's changes are bounded by the push itself: one oversized change, one rejection. */
const boundsCheckedLaterAt = (path: string) => /^mutations\.\d+\.changes$/.test(path);

export function syncRoutes(deps: AppDeps) {
  const signedIn = requireUser(deps, ["person"]);
  return new Hono<AppEnv>()
    .post("/push", signedIn, jsonBody(pushRequestSchema, { boundsCheckedLaterAt }), async (c) => {
      const response = await applyPush(deps.db, c.var.user.id, c.req.valid("json"), (error, id) =>
        c.var.log.warn({ err: error, mutationId: id }, "mutation refused by the server"),
      );
      return c.json(response, 200);
    })
    .post("/pull", signedIn, jsonBody(pullRequestSchema), async (c) => {
      const response = await pullChanges(deps.db, c.var.user.id, c.req.valid("json"));
      return c.json(response, 200);
    })
    .get("/events", signedIn, (c) =>
      streamSSE(c, async (stream) => {
        let wake: (() => void) | null = null;
        let poked = false;
        const unsubscribe = await deps.pokes.subscribe(c.var.user.id, () => {
          poked = true;
          wake?.();
        });
        stream.onAbort(() => {
          unsubscribe();
          wake?.();
        });
        await stream.writeSSE({ event: "ready", data: "" });
        while (!stream.aborted) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, KEEPALIVE_MS).unref?.();
          });
          wake = null;
          if (stream.aborted) break;
          if (poked) {
            poked = false;
            await stream.writeSSE({ event: "poke", data: "" });
          } else {
            await stream.write(": keepalive\n\n");
          }
        }
        unsubscribe();
      }),
    );
}

export const syncDocs: RouteDoc[] = [
  {
    method: "post",
    path: "/api/sync/push",
    tag: "sync",
    summary: "Apply a device's outbox (idempotent per mutation id)",
    auth: true,
    body: pushRequestSchema,
    responses: {
      200: pushResponseSchema,
      400: apiErrorSchema,
      401: apiErrorSchema,
      403: apiErrorSchema,
    },
  },
  {
    method: "post",
    path: "/api/sync/pull",
    tag: "sync",
    summary: "The owner's changes since a cookie, paged",
    auth: true,
    body: pullRequestSchema,
    responses: {
      200: pullResponseSchema,
      400: apiErrorSchema,
      401: apiErrorSchema,
      403: apiErrorSchema,
    },
  },
  {
    method: "get",
    path: "/api/sync/events",
    tag: "sync",
    summary: "Server-sent events: `poke` when the owner's data changed on the server",
    auth: true,
    responses: { 200: null, 401: apiErrorSchema },
  },
];
