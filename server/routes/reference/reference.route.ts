import { asc } from "drizzle-orm";
import { Hono } from "hono";
import { compress } from "hono/compress";
import { z } from "zod/mini";
import { referenceEntries, referenceVersion } from "../../db/schema";
import type { AppDeps, AppEnv } from "../../http/context";
import type { RouteDoc } from "../../http/openapi";

const localized = <T extends z.ZodMiniType>(schema: T) => z.object({ fr: schema, en: schema });

export const importedReferenceSchema = z.object({
  version: z.number(),
  entries: z.array(
    z.object({
      scheme: z.string(),
      code: z.string(),
      uri: z.nullable(z.string()),
      category: z.string(),
      sector: z.nullable(z.string()),
      labels: localized(z.string()),
      altLabels: localized(z.array(z.string())),
    }),
  ),
});

/**
 * The operator-imported reference (ESCO), public like ESCO itself. The client asks with the
 * version it holds as an ETag and gets 304 until an import changes it.
 */
export function referenceRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get("/", compress(), async (c) => {
    const [row] = await deps.db
      .select({ version: referenceVersion.version })
      .from(referenceVersion);
    const version = row?.version ?? 0;
    const etag = `"reference-${version}"`;
    c.header("ETag", etag);
    c.header("Cache-Control", "no-cache");
    if (c.req.header("if-none-match") === etag) return c.body(null, 304);
    const entries = await deps.db
      .select({
        scheme: referenceEntries.scheme,
        code: referenceEntries.code,
        uri: referenceEntries.uri,
        category: referenceEntries.category,
        sector: referenceEntries.sector,
        labels: referenceEntries.labels,
        altLabels: referenceEntries.altLabels,
      })
      .from(referenceEntries)
      .orderBy(asc(referenceEntries.scheme), asc(referenceEntries.code));
    return c.json({ version, entries }, 200);
  });
}

export const referenceDocs: RouteDoc[] = [
  {
    method: "get",
    path: "/api/reference",
    tag: "reference",
    summary: "The imported competency reference (ESCO), with its version as ETag",
    responses: { 200: importedReferenceSchema, 304: null },
  },
];
