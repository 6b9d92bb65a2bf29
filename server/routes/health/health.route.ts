import { Hono } from "hono";
import { z } from "zod/mini";
import type { AppDeps, AppEnv } from "../../http/context";
import type { RouteDoc } from "../../http/openapi";

export const healthResponseSchema = z.object({
  status: z.literal("ok"),
  store: z.enum(["pglite", "postgres"]),
});

export function healthRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get("/", (c) =>
    c.json({ status: "ok" as const, store: deps.store }, 200),
  );
}

export const healthDocs: RouteDoc[] = [
  {
    method: "get",
    path: "/api/health",
    tag: "meta",
    summary: "Liveness and which store is in use",
    responses: { 200: healthResponseSchema },
  },
];
