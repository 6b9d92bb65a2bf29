/**
 * The whole data model (docs/data-model.md). Column names are snake_case in SQL (drizzle `casing`),
 * camelCase in TypeScript, matching the zod schemas in shared/schemas.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { BlobRef, CompetencyReference } from "../../shared/schemas/index";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});
const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

// ---- accounts ----------------------------------------------------------------------------

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey(),
    email: text().notNull(),
    passwordHash: text().notNull(),
    role: text({ enum: ["person", "adviser", "admin"] })
      .notNull()
      .default("person"),
    displayName: text().notNull(),
    locale: text({ enum: ["fr", "en"] })
      .notNull()
      .default("fr"),
    /**
     * TOTP (RFC 6238) secret, sealed with AES-256-GCM under the server's key (server/secrets);
     * pending until `totpEnabledAt` is set by a confirmed code.
     */
    totpSecret: text(),
    totpEnabledAt: timestamp({ withTimezone: true }),
    /** The last 30-second step accepted: a code is never accepted twice (replay). */
    totpLastStep: bigint({ mode: "number" }),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_idx").on(t.email)],
);

/** Single-use recovery codes of the second factor; only a salted slow hash of each is stored. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.codeHash] })],
);

/** Only the SHA-256 of the session token is stored: a database leak yields no usable cookie. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** When this session passed the second factor (null: it did not). */
    secondFactorAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Devices that signed in successfully before; they escape the per-account login throttle. */
export const trustedDevices = pgTable(
  "trusted_devices",
  {
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("trusted_devices_user_idx").on(t.userId)],
);

/**
 * Throttling budgets as leaky buckets (GCRA): the theoretical arrival time of the next attempt,
 * kept in the database so every server process agrees. See server/auth/login-throttle.ts.
 */
export const throttleBuckets = pgTable("throttle_buckets", {
  key: text().primaryKey(),
  tat: timestamp({ withTimezone: true }).notNull(),
});

/** Accounts that failed a sign-in from an address in the last hour: bounds password spraying. */
export const loginFailedAccounts = pgTable(
  "login_failed_accounts",
  {
    address: text().notNull(),
    account: text().notNull(),
    lastFailedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.address, t.account] })],
);

/**
 * The one-time code an operator's command prints so that an adviser or admin can enrol a second
 * factor: only its SHA-256 is kept (it has 100 random bits), with its expiry and its use.
 */
export const enrolmentCodes = pgTable("enrolment_codes", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  codeHash: text().notNull(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
  createdAt: createdAt(),
});

// ---- sync bookkeeping ----------------------------------------------------------------------

export const ownerVersions = pgTable("owner_versions", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  version: bigint({ mode: "number" }).notNull().default(0),
  /** Highest version among purged tombstones: a pull cookie below it must start over. */
  purgedVersion: bigint({ mode: "number" }).notNull().default(0),
});

export const syncClients = pgTable(
  "sync_clients",
  {
    clientId: uuid().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lastMutationId: bigint({ mode: "number" }).notNull().default(0),
    createdAt: createdAt(),
    lastSeenAt: createdAt(),
  },
  (t) => [index("sync_clients_user_idx").on(t.userId)],
);

/** Per field: the owner version at which it last changed and the client that changed it. */
export type FieldVersions = Record<string, { v: number; c: string }>;

const syncColumns = () => ({
  id: uuid().primaryKey(),
  ownerId: uuid()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  version: bigint({ mode: "number" }).notNull(),
  deleted: boolean().notNull().default(false),
  updatedAt: createdAt(),
  fieldVersions: jsonb().$type<FieldVersions>().notNull().default(sql`'{}'::jsonb`),
});

// ---- synced portfolio records ----------------------------------------------------------------

export const profiles = pgTable(
  "profiles",
  {
    ...syncColumns(),
    firstName: text().notNull().default(""),
    lastName: text().notNull().default(""),
    headline: text().notNull().default(""),
    email: text().notNull().default(""),
    phone: text().notNull().default(""),
    address: text().notNull().default(""),
    city: text().notNull().default(""),
    birthDate: text(),
    summary: text().notNull().default(""),
    photo: jsonb().$type<BlobRef | null>(),
    languages: jsonb().$type<{ language: string; level: string }[]>().notNull().default([]),
    locale: text().notNull().default("fr"),
  },
  (t) => [index("profiles_owner_version_idx").on(t.ownerId, t.version)],
);

export const experiences = pgTable(
  "experiences",
  {
    ...syncColumns(),
    kind: text().notNull().default("other"),
    title: text().notNull().default(""),
    organisation: text().notNull().default(""),
    location: text().notNull().default(""),
    startDate: text(),
    endDate: text(),
    description: text().notNull().default(""),
    activities: jsonb().$type<string[]>().notNull().default([]),
    tags: jsonb().$type<string[]>().notNull().default([]),
  },
  (t) => [index("experiences_owner_version_idx").on(t.ownerId, t.version)],
);

export const competencies = pgTable(
  "competencies",
  {
    ...syncColumns(),
    label: text().notNull().default(""),
    reference: jsonb().$type<CompetencyReference | null>(),
    category: text().notNull().default("other"),
    level: smallint(),
    note: text().notNull().default(""),
    evidence: jsonb()
      .$type<{ experienceIds: string[]; proofIds: string[] }>()
      .notNull()
      .default({ experienceIds: [], proofIds: [] }),
  },
  (t) => [index("competencies_owner_version_idx").on(t.ownerId, t.version)],
);

export const proofs = pgTable(
  "proofs",
  {
    ...syncColumns(),
    title: text().notNull().default(""),
    kind: text().notNull().default("other"),
    issuer: text().notNull().default(""),
    date: text(),
    blob: jsonb().$type<BlobRef | null>(),
    experienceIds: jsonb().$type<string[]>().notNull().default([]),
  },
  (t) => [index("proofs_owner_version_idx").on(t.ownerId, t.version)],
);

export const cvs = pgTable(
  "cvs",
  {
    ...syncColumns(),
    title: text().notNull().default(""),
    language: text().notNull().default("fr"),
    template: text().notNull().default("classic"),
    experienceIds: jsonb().$type<string[]>().notNull().default([]),
    competencyIds: jsonb().$type<string[]>().notNull().default([]),
    headline: text(),
    summary: text(),
  },
  (t) => [index("cvs_owner_version_idx").on(t.ownerId, t.version)],
);

/** Content-addressed bytes of proofs and photos, stored once per owner. */
export const blobs = pgTable(
  "blobs",
  {
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sha256: text().notNull(),
    size: integer().notNull(),
    mime: text().notNull(),
    bytes: bytea().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.ownerId, t.sha256] })],
);

// ---- online, owner-visible, not synced -----------------------------------------------------------

export const shares = pgTable(
  "shares",
  {
    id: uuid().primaryKey(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    adviserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    scope: text({ enum: ["portfolio", "cv"] }).notNull(),
    cvId: uuid(),
    hiddenFields: jsonb().$type<string[]>().notNull().default([]),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    /** The adviser's latest opening of the portfolio: "changed since last visit". */
    adviserVisitedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("shares_owner_idx").on(t.ownerId), index("shares_adviser_idx").on(t.adviserId)],
);

export const comments = pgTable(
  "comments",
  {
    id: uuid().primaryKey(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    shareId: uuid().references(() => shares.id, { onDelete: "set null" }),
    parentId: uuid(),
    targetTable: text(),
    targetId: uuid(),
    body: text().notNull(),
    suggestion: jsonb().$type<Record<string, unknown> | null>(),
    status: text({ enum: ["open", "accepted", "declined"] }),
    readAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("comments_owner_idx").on(t.ownerId, t.createdAt),
    index("comments_share_idx").on(t.shareId),
  ],
);

export const accessLog = pgTable(
  "access_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    adviserId: uuid().references(() => users.id, { onDelete: "set null" }),
    shareId: uuid(),
    action: text().notNull(),
    target: text().notNull(),
    /** The first read of the row; repeats of the same read within an hour add to `count`. */
    at: createdAt(),
    count: integer().notNull().default(1),
    /** The latest repeat; null while the row holds a single read. */
    lastAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("access_log_owner_idx").on(t.ownerId, t.at)],
);

/** A value that lost the per-field conflict rule, kept for the person to review. */
export const conflicts = pgTable(
  "conflicts",
  {
    id: uuid().primaryKey(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    table: text().notNull(),
    recordId: uuid().notNull(),
    field: text().notNull(),
    losingValue: jsonb().$type<unknown>(),
    winningValue: jsonb().$type<unknown>(),
    losingClientId: uuid(),
    createdAt: createdAt(),
    resolvedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("conflicts_owner_idx").on(t.ownerId, t.createdAt)],
);

// ---- competency reference (ESCO skills imported by operators) ---------------------------------

type LocalizedLabels = { fr: string; en: string };
type LocalizedAltLabels = { fr: string[]; en: string[] };

/**
 * Entries imported by operators (ESCO). The built-in starter reference ships inside the client;
 * these rows add to it, and the client downloads them once per reference version.
 */
export const referenceEntries = pgTable(
  "reference_entries",
  {
    scheme: text().notNull(),
    code: text().notNull(),
    uri: text(),
    category: text().notNull(),
    sector: text(),
    labels: jsonb().$type<LocalizedLabels>().notNull(),
    altLabels: jsonb().$type<LocalizedAltLabels>().notNull(),
    updatedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.scheme, t.code] })],
);

/** One row: the version of the imported reference, bumped by every import. */
export const referenceVersion = pgTable("reference_version", {
  id: integer().primaryKey().default(1),
  version: integer().notNull().default(0),
  updatedAt: createdAt(),
});
