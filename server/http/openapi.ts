import { z } from "zod/mini";
import { apiErrorSchema } from "../../shared/schemas/index";

type Schema = z.ZodMiniType;

export type RouteDoc = {
  method: "get" | "post" | "put" | "patch" | "delete" | "head";
  /** OpenAPI path, e.g. `/api/blobs/{sha256}`. */
  path: string;
  summary: string;
  tag: string;
  body?: Schema;
  /** Status → response body schema (null for an empty body). */
  responses: Record<number, Schema | null>;
  auth?: boolean;
};

/**
 * Each route group describes its routes with the same shared zod schemas that validate them, and
 * the OpenAPI document is generated from those descriptions.
 */
export function openApiDocument(routes: RouteDoc[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const responses: Record<string, unknown> = {};
    for (const [status, schema] of Object.entries(route.responses)) {
      responses[status] = {
        description: describeStatus(Number(status)),
        ...(schema ? { content: { "application/json": { schema: jsonSchema(schema) } } } : {}),
      };
    }
    const operation: Record<string, unknown> = {
      summary: route.summary,
      tags: [route.tag],
      responses,
    };
    if (route.body) {
      operation.requestBody = {
        required: true,
        content: { "application/json": { schema: jsonSchema(route.body) } },
      };
    }
    if (route.auth) operation.security = [{ session: [] }];
    paths[route.path] = { ...paths[route.path], [route.method]: operation };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Skillfolio API", version: "1" },
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "sf_session" } },
      schemas: { Error: jsonSchema(apiErrorSchema) },
    },
    paths,
  };
}

function jsonSchema(schema: Schema) {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
  });
  return rest;
}

function describeStatus(status: number): string {
  const names: Record<number, string> = {
    200: "OK",
    201: "Created",
    204: "No content",
    400: "Invalid input",
    401: "Not signed in or bad credentials",
    403: "Forbidden",
    404: "Not found",
    409: "Conflict",
    413: "Payload too large",
    415: "Unsupported media type",
    429: "Too many attempts",
  };
  return names[status] ?? "Response";
}
