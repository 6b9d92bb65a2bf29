import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod/mini";
import {
  apiErrorSchema,
  blobRefSchema,
  MAX_BLOB_BYTES,
  sha256Schema,
} from "../../../shared/schemas/index";
import { requireUser } from "../../auth/require-user";
import { blobs } from "../../db/schema";
import type { AppDeps, AppEnv } from "../../http/context";
import { ApiError, errorResponse } from "../../http/errors";
import type { RouteDoc } from "../../http/openapi";
import { sniffMime } from "./sniff";

function hashParam(value: string | undefined): string {
  const parsed = sha256Schema.safeParse(value);
  if (!parsed.success) throw new ApiError(404, "not_found", "No such file.");
  return parsed.data;
}

/**
 * Content-addressed files (docs/sync-protocol.md, "Blobs"), stored once per owner however often
 * they are sent. The upload is raw bytes with the `X-Skillfolio-Upload: 1` header (the CSRF rule's
 * custom header).
 */
export function blobRoutes(deps: AppDeps) {
  const signedIn = requireUser(deps);
  return new Hono<AppEnv>()
    .put(
      "/:sha256",
      signedIn,
      bodyLimit({
        maxSize: MAX_BLOB_BYTES,
        onError: (c) =>
          errorResponse(c, 413, "payload_too_large", "A file may weigh at most 10 MB."),
      }),
      async (c) => {
        const sha256 = hashParam(c.req.param("sha256"));
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        if (bytes.length === 0) throw new ApiError(400, "invalid_input", "The file is empty.");
        const actual = createHash("sha256").update(bytes).digest("hex");
        if (actual !== sha256) {
          throw new ApiError(
            400,
            "hash_mismatch",
            "The file's SHA-256 does not match its address.",
            { actual },
          );
        }
        const mime = sniffMime(bytes);
        if (!mime) {
          throw new ApiError(
            415,
            "unsupported_media_type",
            "Only PDF, JPEG, PNG and WebP files are accepted.",
          );
        }
        const inserted = await deps.db
          .insert(blobs)
          .values({ ownerId: c.var.user.id, sha256, size: bytes.length, mime, bytes })
          .onConflictDoNothing()
          .returning({ sha256: blobs.sha256 });
        return c.json({ sha256, size: bytes.length, mime }, inserted.length > 0 ? 201 : 200);
      },
    )
    .get("/:sha256", signedIn, async (c) => {
      const sha256 = hashParam(c.req.param("sha256"));
      // Hono answers HEAD with this handler; it need not read the bytes for that.
      if (c.req.method === "HEAD") {
        const [found] = await deps.db
          .select({ size: blobs.size, mime: blobs.mime })
          .from(blobs)
          .where(and(eq(blobs.ownerId, c.var.user.id), eq(blobs.sha256, sha256)));
        if (!found) throw new ApiError(404, "not_found", "No such file.");
        c.header("Content-Type", found.mime);
        c.header("X-Blob-Size", String(found.size));
        return c.body(null, 200);
      }
      const [row] = await deps.db
        .select({ bytes: blobs.bytes, mime: blobs.mime })
        .from(blobs)
        .where(and(eq(blobs.ownerId, c.var.user.id), eq(blobs.sha256, sha256)));
      if (!row) throw new ApiError(404, "not_found", "No such file.");
      c.header("Content-Type", row.mime);
      c.header("Cache-Control", "private, max-age=31536000, immutable");
      c.header("Content-Disposition", "inline");
      return c.body(new Uint8Array(row.bytes), 200);
    });
}

export const blobDocs: RouteDoc[] = [
  {
    method: "put",
    path: "/api/blobs/{sha256}",
    tag: "blobs",
    summary:
      "Upload a file's bytes (raw body, header X-Skillfolio-Upload: 1); 201 new, 200 already stored",
    auth: true,
    responses: {
      200: blobRefSchema,
      201: blobRefSchema,
      400: apiErrorSchema,
      401: apiErrorSchema,
      413: apiErrorSchema,
      415: apiErrorSchema,
    },
  },
  {
    method: "head",
    path: "/api/blobs/{sha256}",
    tag: "blobs",
    summary: "Whether the server has this file",
    auth: true,
    responses: { 200: null, 404: null },
  },
  {
    method: "get",
    path: "/api/blobs/{sha256}",
    tag: "blobs",
    summary: "A file's bytes",
    auth: true,
    responses: { 200: z.string(), 401: apiErrorSchema, 404: apiErrorSchema },
  },
];
