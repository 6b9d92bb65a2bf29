import { z } from "zod/mini";

/** Every error code the API can answer with; the client translates each one. */
export const apiErrorCodes = [
  "invalid_json",
  "invalid_input",
  "unsupported_media_type",
  "payload_too_large",
  "forbidden_origin",
  "cross_site",
  "not_found",
  "method_not_allowed",
  "unauthenticated",
  "forbidden",
  "email_taken",
  "weak_password",
  "invalid_credentials",
  "rate_limited",
  "hash_mismatch",
  "second_factor_required",
  "invalid_second_factor",
  "second_factor_enrolment_required",
  "second_factor_not_set_up",
  "second_factor_already_enabled",
  "enrolment_code_required",
  "enrolment_code_invalid",
  "enrolment_code_expired",
  "enrolment_code_used",
  "adviser_not_found",
  "not_an_adviser",
  "share_with_self",
  "share_exists",
  "invalid_expiry",
  "suggestion_not_open",
  "internal",
] as const;
export const apiErrorCodeSchema = z.enum(apiErrorCodes);
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>;

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.optional(z.unknown()),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
