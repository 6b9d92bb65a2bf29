import { and, count, eq, lte, min, sql } from "drizzle-orm";
import type { Db } from "../db/connect";
import { loginFailedAccounts, throttleBuckets } from "../db/schema";

/**
 * A leaky bucket in its GCRA form: one attempt every `intervalMs` on average, up to `burst` at
 * once. In any span of time L it admits at most `burst + floor(L / intervalMs)` attempts, and once
 * attempts stop a new one fits again within `intervalMs`.
 */
export type Bucket = { intervalMs: number; burst: number };

export type Claim = { ok: true } | { ok: false; retryAfterMs: number };

const ms = (value: number) => sql`(${value} * interval '1 millisecond')`;

/**
 * Takes one attempt from `key`'s bucket, atomically: the theoretical arrival time moves one
 * interval on only if it is within the burst, so parallel requests can never overrun the bucket.
 * A refused attempt changes nothing (waiting is enough, retrying does not extend the wait).
 */
export async function take(db: Db, bucket: Bucket, key: string, now: Date): Promise<Claim> {
  const next = new Date(now.getTime() + bucket.intervalMs);
  const taken = await db
    .insert(throttleBuckets)
    .values({ key, tat: next })
    .onConflictDoUpdate({
      target: throttleBuckets.key,
      set: { tat: sql`greatest(${throttleBuckets.tat}, ${now}) + ${ms(bucket.intervalMs)}` },
      setWhere: lte(
        throttleBuckets.tat,
        sql`${now}::timestamptz + ${ms((bucket.burst - 1) * bucket.intervalMs)}`,
      ),
    })
    .returning({ tat: throttleBuckets.tat });
  if (taken.length > 0) return { ok: true };
  const [row] = await db
    .select({ tat: throttleBuckets.tat })
    .from(throttleBuckets)
    .where(eq(throttleBuckets.key, key));
  const waitMs = (row?.tat.getTime() ?? 0) - now.getTime() - (bucket.burst - 1) * bucket.intervalMs;
  return { ok: false, retryAfterMs: Math.max(1000, waitMs) };
}

/** Gives back an attempt taken by `take` (it turned out not to be a failure). */
export async function giveBack(db: Db, bucket: Bucket, key: string) {
  await db
    .update(throttleBuckets)
    .set({ tat: sql`${throttleBuckets.tat} - ${ms(bucket.intervalMs)}` })
    .where(eq(throttleBuckets.key, key));
}

/** At most `max` distinct accounts failing from one address within `windowMs`. */
export type Spread = { max: number; windowMs: number };

/**
 * Reserves `account` among the accounts `address` may try: free if it failed from there within
 * the window, else only while fewer than `max` others did. Serialised per address by an advisory
 * lock, so parallel requests cannot each take the last place. `reserved` says a row was added
 * (to remove again if the attempt succeeds).
 */
export async function reserveAccount(
  db: Db,
  spread: Spread,
  address: string,
  account: string,
  now: Date,
): Promise<Claim & { reserved?: boolean }> {
  const horizon = new Date(now.getTime() - spread.windowMs);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login:${address}`}))`);
    await tx
      .delete(loginFailedAccounts)
      .where(
        and(
          eq(loginFailedAccounts.address, address),
          lte(loginFailedAccounts.lastFailedAt, horizon),
        ),
      );
    const [known] = await tx
      .select({ account: loginFailedAccounts.account })
      .from(loginFailedAccounts)
      .where(
        and(eq(loginFailedAccounts.address, address), eq(loginFailedAccounts.account, account)),
      );
    if (known) return { ok: true, reserved: false };
    const [tally] = await tx
      .select({ n: count(), oldest: min(loginFailedAccounts.lastFailedAt) })
      .from(loginFailedAccounts)
      .where(eq(loginFailedAccounts.address, address));
    if ((tally?.n ?? 0) >= spread.max) {
      const frees = (tally?.oldest?.getTime() ?? now.getTime()) + spread.windowMs;
      return { ok: false, retryAfterMs: Math.max(1000, frees - now.getTime()) };
    }
    await tx.insert(loginFailedAccounts).values({ address, account, lastFailedAt: now });
    return { ok: true, reserved: true };
  });
}

/** A failure from `address` on `account`: its place is kept a full window from now. */
export async function recordAccountFailure(db: Db, address: string, account: string, now: Date) {
  await db
    .insert(loginFailedAccounts)
    .values({ address, account, lastFailedAt: now })
    .onConflictDoUpdate({
      target: [loginFailedAccounts.address, loginFailedAccounts.account],
      set: { lastFailedAt: now },
    });
}

export async function releaseAccount(db: Db, address: string, account: string) {
  await db
    .delete(loginFailedAccounts)
    .where(and(eq(loginFailedAccounts.address, address), eq(loginFailedAccounts.account, account)));
}
