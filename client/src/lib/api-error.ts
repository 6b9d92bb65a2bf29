import { z } from "zod/mini";
import {
  type ApiErrorCode,
  apiErrorCodeSchema,
  apiErrorSchema,
} from "../../../shared/schemas/index";

/** What can go wrong with an API call: a code the server sent, no network, or a reply we cannot read. */
export type FailureCode = ApiErrorCode | "network" | "unexpected";

export type FieldIssue = { path: string; message: string };

const issuesDetailsSchema = z.object({
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});
const retryDetailsSchema = z.object({ retryAfterSeconds: z.number() });

export class ApiRequestError extends Error {
  constructor(
    readonly code: FailureCode,
    readonly status: number | null,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }

  /** Field-level problems the server reported (`details.issues`), by field path. */
  get fieldIssues(): FieldIssue[] {
    const parsed = issuesDetailsSchema.safeParse(this.details);
    return parsed.success ? parsed.data.issues : [];
  }

  get retryAfterSeconds(): number | null {
    const parsed = retryDetailsSchema.safeParse(this.details);
    return parsed.success ? parsed.data.retryAfterSeconds : null;
  }
}

/** Reads a failed response's `{error: {code, message, details}}` body into an ApiRequestError. */
export async function errorFromResponse(response: Response): Promise<ApiRequestError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = apiErrorSchema.safeParse(body);
  if (!parsed.success) {
    return new ApiRequestError("unexpected", response.status, `HTTP ${response.status}`);
  }
  const code = apiErrorCodeSchema.safeParse(parsed.data.error.code);
  return new ApiRequestError(
    code.success ? code.data : "unexpected",
    response.status,
    parsed.data.error.message,
    parsed.data.error.details,
  );
}

export function isNetworkError(error: unknown): boolean {
  return error instanceof ApiRequestError && error.code === "network";
}
