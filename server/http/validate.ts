import { validator } from "hono/validator";
import type { z } from "zod/mini";
import { ApiError } from "./errors";
import { jsonBoundsViolation } from "./json-bounds";

type Schema = z.ZodMiniType;

/**
 * Validates a JSON body with a shared zod schema. Hono has already parsed the JSON (a malformed
 * body is an HTTPException that `onError` maps to `invalid_json`); this checks its bounds, then
 * its shape. Every JSON body the API reads comes through here.
 */
export function jsonBody<S extends Schema>(
  schema: S,
  options: { boundsCheckedLaterAt?: (path: string) => boolean } = {},
) {
  return validator("json", (value): z.output<S> => {
    const violation = jsonBoundsViolation(value, options.boundsCheckedLaterAt);
    if (violation) {
      throw new ApiError(400, "invalid_input", "The request body is not valid.", {
        issues: [violation],
      });
    }
    const result = schema.safeParse(value);
    if (!result.success) {
      throw new ApiError(400, "invalid_input", "The request body is not valid.", {
        issues: result.error.issues.map((issue) => ({
          path: issue.path.map(String).join("."),
          message: issue.message,
        })),
      });
    }
    return result.data;
  });
}
