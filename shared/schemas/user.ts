import { z } from "zod/mini";
import { idSchema, lineSchema, localeSchema } from "./common";
import { rawTextCheck, secretTextCheck } from "./text";

export const roles = ["person", "adviser", "admin"] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/**
 * The second factor (TOTP) as seen from this session: `none` — no authenticator enrolled (an
 * adviser must enrol before reading shared portfolios); `enrolled` — enrolled, but this session has
 * not passed it; `passed` — enrolled and passed at sign-in (or at enrolment) in this session.
 */
export const secondFactorStateSchema = z.enum(["none", "enrolled", "passed"]);
export type SecondFactorState = z.infer<typeof secondFactorStateSchema>;

export const userSchema = z.object({
  id: idSchema,
  email: z.string(),
  role: roleSchema,
  displayName: z.string(),
  locale: localeSchema,
  /** Always sent by the server; optional so that a user cached before it existed still parses. */
  secondFactor: z.optional(secondFactorStateSchema),
  /**
   * When this session ends whatever happens (its absolute limit, UTC ISO): what the device keeps
   * of other people's data (an adviser's offline copies) must not outlive it. Optional like
   * `secondFactor`, for a user cached before it existed.
   */
  sessionExpiresAt: z.optional(z.string()),
});
export type User = z.infer<typeof userSchema>;

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** Emails are compared case-insensitively: they are stored trimmed and lower-cased. */
export const emailSchema = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.maxLength(254),
    z.regex(z.regexes.email, "Invalid email address"),
    rawTextCheck,
  );

/**
 * Length only, counted in code points (ASVS 6.2): no composition rules. The server also refuses
 * passwords from a list of common ones, which needs the list and so is not checked here.
 */
export const passwordSchema = z.string().check(
  secretTextCheck,
  z.refine((value) => [...value].length >= PASSWORD_MIN, {
    message: `At least ${PASSWORD_MIN} characters`,
  }),
  z.refine((value) => [...value].length <= PASSWORD_MAX, {
    message: `At most ${PASSWORD_MAX} characters`,
  }),
);

export const signupRequestSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: lineSchema(100),
  locale: z.optional(localeSchema),
});
export type SignupRequest = z.infer<typeof signupRequestSchema>;

export const loginRequestSchema = z.object({
  email: z
    .string()
    .check(z.trim(), z.toLowerCase(), z.minLength(1), z.maxLength(254), rawTextCheck),
  password: z.string().check(z.minLength(1), z.maxLength(1024), secretTextCheck),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().check(z.minLength(1), z.maxLength(1024), secretTextCheck),
  newPassword: passwordSchema,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

export const updateMeRequestSchema = z.object({
  displayName: z.optional(lineSchema(100)),
  locale: z.optional(localeSchema),
});
export type UpdateMeRequest = z.infer<typeof updateMeRequestSchema>;

export const userResponseSchema = z.object({ user: userSchema });
