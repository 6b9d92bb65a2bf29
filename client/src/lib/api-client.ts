import { hc } from "hono/client";
import type { z } from "zod/mini";
import type { AppType } from "../../../server/app";
import { ApiRequestError, errorFromResponse } from "./api-error";

/** The typed client of the server's /api routes. The base is read per call, for tests. */
export const api = hc<AppType>("/api", {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(absolute(input), init),
});

function absolute(input: RequestInfo | URL): RequestInfo | URL {
  return typeof input === "string" && input.startsWith("/")
    ? new URL(input, location.origin)
    : input;
}

/**
 * Sends a request and parses its answer: the body through `schema` on success, the error body
 * into an ApiRequestError otherwise. A request that never reached the server is `network`.
 */
export async function send<S extends z.ZodMiniType>(
  request: () => Promise<Response>,
  schema: S,
): Promise<z.output<S>> {
  const response = await reach(request);
  if (!response.ok) throw await errorFromResponse(response);
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ApiRequestError("unexpected", response.status, "Unreadable response");
  return parsed.data;
}

/** Like `send`, for answers without a body (204). */
export async function sendEmpty(request: () => Promise<Response>): Promise<void> {
  const response = await reach(request);
  if (!response.ok) throw await errorFromResponse(response);
}

async function reach(request: () => Promise<Response>): Promise<Response> {
  try {
    return await request();
  } catch (error) {
    throw new ApiRequestError(
      "network",
      null,
      error instanceof Error ? error.message : "Network error",
    );
  }
}
