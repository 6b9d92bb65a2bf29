/**
 * The wire contract of sharing with advisers (issue 5): shares, the adviser's caseload and
 * read-only portfolio, comments and suggestions, the access log, and the adviser's second factor.
 * Online-only data (docs/architecture.md, "Online data"): the server is the source of truth,
 * nothing here is synced.
 */
import { z } from "zod/mini";
import { idSchema, lineSchema, textSchema } from "./common";
import {
  competencyCategorySchema,
  competencyReferenceSchema,
  competencySchema,
} from "./competency";
import { cvSchema } from "./cv";
import { experienceSchema } from "./experience";
import { profileSchema } from "./profile";
import { proofSchema } from "./proof";
import { requiredTextSchema, textProblem } from "./text";
import { emailSchema, roleSchema } from "./user";

// ---- shares (the person) -----------------------------------------------------------------------

/** Profile fields a person may hide from one adviser, chosen when sharing. */
export const hideableFields = ["photo", "birthDate", "address", "phone"] as const;
export const hideableFieldSchema = z.enum(hideableFields);
export type HideableField = z.infer<typeof hideableFieldSchema>;

export const SHARE_DEFAULT_MONTHS = 3;
export const SHARE_MAX_MONTHS = 12;

export const shareScopeSchema = z.enum(["portfolio", "cv"]);
export type ShareScope = z.infer<typeof shareScopeSchema>;

/**
 * `POST /api/shares`. `expiresAt` is an ISO datetime in the future and at most 12 months (366 days)
 * away; `cvId` is required for a CV scope and forbidden otherwise.
 */
export const createShareRequestSchema = z.object({
  adviserEmail: emailSchema,
  scope: shareScopeSchema,
  cvId: z.optional(z.nullable(idSchema)),
  expiresAt: z.iso.datetime({ offset: true }),
  hiddenFields: z.array(hideableFieldSchema).check(z.maxLength(hideableFields.length)),
});
export type CreateShareRequest = z.infer<typeof createShareRequestSchema>;

export const shareStatusSchema = z.enum(["active", "expired", "revoked"]);
export type ShareStatus = z.infer<typeof shareStatusSchema>;

export const personSummarySchema = z.object({
  id: idSchema,
  displayName: z.string(),
  email: z.string(),
});

/** A share as its owner sees it (`GET /api/shares`, newest first, active and past). */
export const shareSchema = z.object({
  id: idSchema,
  adviser: personSummarySchema,
  scope: shareScopeSchema,
  cvId: z.nullable(idSchema),
  hiddenFields: z.array(hideableFieldSchema),
  expiresAt: z.string(),
  revokedAt: z.nullable(z.string()),
  createdAt: z.string(),
  status: shareStatusSchema,
});
export type Share = z.infer<typeof shareSchema>;

export const shareResponseSchema = z.object({ share: shareSchema });
export const sharesResponseSchema = z.object({ shares: z.array(shareSchema) });

// ---- suggestions and comments ------------------------------------------------------------------

/** Fields a reword may target that hold one line (the others are multi-line texts). */
const singleLineFields = new Set(["title", "label", "headline"]);

/**
 * What an adviser may suggest. Accepting one is a normal local edit on the person's device (it
 * syncs like any other); the server only records the decision.
 */
export const suggestionSchema = z.discriminatedUnion("kind", [
  /** Add an existing competency's evidence link to an experience. */
  z.object({ kind: z.literal("link-competency"), experienceId: idSchema, competencyId: idSchema }),
  /** Create a competency (backed by the experience when one is named). */
  z.object({
    kind: z.literal("add-competency"),
    label: lineSchema(200),
    category: competencyCategorySchema,
    reference: z.nullable(competencyReferenceSchema),
    experienceId: z.nullable(idSchema),
  }),
  /** Replace the text of one field; a single-line field gets a single line. */
  z
    .object({
      kind: z.literal("reword"),
      table: z.enum(["experience", "competency", "profile"]),
      recordId: idSchema,
      field: z.enum(["title", "description", "label", "note", "headline", "summary"]),
      text: textSchema(4000),
    })
    .check(
      z.refine(
        (reword) => !singleLineFields.has(reword.field) || !textProblem(reword.text, "line"),
        {
          message: "A single-line field takes a single line without control characters",
          path: ["text"],
        },
      ),
    ),
]);
export type Suggestion = z.infer<typeof suggestionSchema>;

export const COMMENT_MAX = 4000;
/** Plain multi-line text, not empty (the one text rule: no NUL, control or lone surrogate). */
export const commentBodySchema = requiredTextSchema(COMMENT_MAX);

export const commentTargetSchema = z.object({
  table: z.enum(["experience", "competency"]),
  id: idSchema,
});
export type CommentTarget = z.infer<typeof commentTargetSchema>;

export const commentSchema = z.object({
  id: idSchema,
  shareId: z.nullable(idSchema),
  /** The person whose portfolio the thread is about. */
  ownerId: idSchema,
  author: z.object({ id: idSchema, displayName: z.string(), role: roleSchema }),
  /** A reply names the comment it answers; threads are one level deep. */
  parentId: z.nullable(idSchema),
  /** null: about the whole portfolio. */
  target: z.nullable(commentTargetSchema),
  body: z.string(),
  suggestion: z.nullable(suggestionSchema),
  /** For suggestions: open until the person accepts or declines. */
  status: z.nullable(z.enum(["open", "accepted", "declined"])),
  /** When the other side read it (the person for an adviser's comment, and the reverse). */
  readAt: z.nullable(z.string()),
  createdAt: z.string(),
});
export type Comment = z.infer<typeof commentSchema>;

export const commentsResponseSchema = z.object({ comments: z.array(commentSchema) });
export const commentResponseSchema = z.object({ comment: commentSchema });

/** `POST /api/adviser/shares/:shareId/comments` (adviser). */
export const adviserCommentRequestSchema = z.object({
  body: commentBodySchema,
  parentId: z.optional(z.nullable(idSchema)),
  target: z.optional(z.nullable(commentTargetSchema)),
  suggestion: z.optional(z.nullable(suggestionSchema)),
});

/** `POST /api/comments/:id/replies` (the person answers an adviser's comment). */
export const replyRequestSchema = z.object({ body: commentBodySchema });

/** `POST /api/comments/:id/decision` (the person, on a suggestion). */
export const decisionRequestSchema = z.object({ status: z.enum(["accepted", "declined"]) });

// ---- access log ------------------------------------------------------------------------------

export const accessActionSchema = z.enum(["view", "export", "proof", "comment"]);
export type AccessAction = z.infer<typeof accessActionSchema>;

/**
 * `GET /api/access-log` (the person): who read what, latest first; times are UTC ISO. Repeats of
 * the same read within an hour share one entry: `count` reads, from `at` to `lastAt` (equal to
 * `at` for a single read).
 */
export const accessLogEntrySchema = z.object({
  id: z.number(),
  adviser: z.nullable(z.object({ displayName: z.string(), email: z.string() })),
  shareId: z.nullable(idSchema),
  action: accessActionSchema,
  target: z.string(),
  at: z.string(),
  count: z.number(),
  lastAt: z.string(),
});
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;
export const accessLogResponseSchema = z.object({ entries: z.array(accessLogEntrySchema) });

// ---- the adviser ---------------------------------------------------------------------------------

/** `GET /api/adviser/caseload`: live shares with this adviser, latest activity first. */
export const caseloadEntrySchema = z.object({
  shareId: idSchema,
  owner: z.object({ id: idSchema, displayName: z.string() }),
  scope: shareScopeSchema,
  cvId: z.nullable(idSchema),
  expiresAt: z.string(),
  /** Latest change to the shared records or latest reply; null if nothing yet. */
  lastActivityAt: z.nullable(z.string()),
  /** The adviser's previous opening of this portfolio; null if never opened. */
  lastVisitAt: z.nullable(z.string()),
  /** Records in scope changed since lastVisitAt (all of them on a first visit). */
  changedSinceVisit: z.number(),
  unreadReplies: z.number(),
});
export type CaseloadEntry = z.infer<typeof caseloadEntrySchema>;
export const caseloadResponseSchema = z.object({ portfolios: z.array(caseloadEntrySchema) });

/**
 * `GET /api/adviser/shares/:shareId/portfolio`: what the share lets the adviser read. Hidden
 * profile fields come back emptied (photo null, birthDate null, address and phone ""). A CV-scoped
 * share holds that CV, its selected experiences and competencies, and the proofs backing them.
 */
export const sharedPortfolioSchema = z.object({
  share: z.object({
    id: idSchema,
    scope: shareScopeSchema,
    cvId: z.nullable(idSchema),
    expiresAt: z.string(),
    hiddenFields: z.array(hideableFieldSchema),
  }),
  owner: z.object({ id: idSchema, displayName: z.string() }),
  profile: z.nullable(profileSchema),
  experiences: z.array(experienceSchema),
  competencies: z.array(competencySchema),
  proofs: z.array(proofSchema),
  cvs: z.array(cvSchema),
});
export type SharedPortfolio = z.infer<typeof sharedPortfolioSchema>;

// ---- second factor (advisers and admins) -------------------------------------------------------

export const totpCodeSchema = z.string().check(z.trim(), z.regex(/^\d{6}$/, "Six digits"));
export const recoveryCodeSchema = z.string().check(z.trim(), z.minLength(8), z.maxLength(32));

/** `POST /api/auth/totp/setup` → a fresh secret, not active until confirmed with a code. */
export const totpSetupResponseSchema = z.object({ secret: z.string(), otpauthUri: z.string() });
/** `POST /api/auth/totp/enable {code}` → the recovery codes, shown once. */
export const totpEnableRequestSchema = z.object({ code: totpCodeSchema });
export const recoveryCodesResponseSchema = z.object({ recoveryCodes: z.array(z.string()) });

/** Extra fields of `POST /api/auth/login` for an account with a second factor. */
export const secondFactorFieldsSchema = z.object({
  totpCode: z.optional(totpCodeSchema),
  recoveryCode: z.optional(recoveryCodeSchema),
});
