import { isIP } from "node:net";
import type { Db } from "../db/connect";
import { ApiError } from "../http/errors";
import {
  type Bucket,
  type Claim,
  giveBack,
  recordAccountFailure,
  releaseAccount,
  reserveAccount,
  type Spread,
  take,
} from "./rate-limit";
import { hashToken } from "./tokens";

/**
 * Login throttling that protects an account without letting anyone lock its owner out.
 *
 * Every password check first claims a place in three budgets; a refused claim answers 429 with
 * Retry-After and costs nothing (retrying does not extend the wait). A claim is atomic, so
 * parallel requests cannot overrun a budget, and it is given back when the attempt succeeds, so
 * only failures (wrong password, wrong or replayed second-factor code) use the budgets up.
 *
 * 1. The account, keyed by the SHA-256 of the typed email whether or not an account has it (so an
 *    unknown email is answered exactly like a wrong password): a leaky bucket of 10 at once and
 *    one more every 40 s. Whatever the number of addresses, it admits at most 10 + 3600/40 = 100
 *    failures in any hour; and once an attack stops the bucket has room again within 40 s, so the
 *    owner signs in from a new device and a new address within a minute.
 * 2. A trusted device (a cookie set at a successful sign-in, valid for that account only) has a
 *    bucket of its own, of the same shape, instead of the account's and the address's budgets:
 *    an attack from elsewhere never reaches the owner's own phone.
 * 3. The address (IPv4, or the /64 of an IPv6 address, which one subscriber usually holds whole):
 *    a bucket of 30 at once and one more every 30 s (at most 150 failures an hour), and at most 20
 *    distinct accounts failing from it within an hour: an address cannot spray the user base.
 */
export const ACCOUNT_BUCKET: Bucket = { intervalMs: 40_000, burst: 10 };
export const DEVICE_BUCKET: Bucket = ACCOUNT_BUCKET;
export const ADDRESS_BUCKET: Bucket = { intervalMs: 30_000, burst: 30 };
export const ADDRESS_SPREAD: Spread = { max: 20, windowMs: 3_600_000 };

/** The throttle's key for an email: its hash, so the table holds no address in clear. */
export const accountThrottleKey = (email: string) => `account:${hashToken(email)}`;

/** An IPv6 address's first 64 bits (its network); an IPv4 address as it is. */
export function addressKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0");
  const groups = tail === undefined ? left : [...left, ...zeros, ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/** 429 `rate_limited`, with the seconds to wait in its body and in Retry-After. */
export class Throttled extends ApiError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      429,
      "rate_limited",
      "Too many failed attempts. Try again later.",
      { retryAfterSeconds },
      { "Retry-After": String(retryAfterSeconds) },
    );
  }
}

export function refuse(claim: Extract<Claim, { ok: false }>): never {
  throw new Throttled(Math.ceil(claim.retryAfterMs / 1000));
}

export type LoginTicket = {
  /** The attempt failed: its claims stay used. */
  failed: () => Promise<void>;
  /** The attempt succeeded (or stopped short of a guess): its claims are given back. */
  succeeded: () => Promise<void>;
};

/** Claims the budgets of one sign-in attempt, or throws 429 `rate_limited` with the wait. */
export async function admitLogin(
  db: Db,
  attempt: { email: string; address: string; trustedDeviceHash: string | null },
  now = new Date(),
): Promise<LoginTicket> {
  if (attempt.trustedDeviceHash) {
    const key = `device:${attempt.trustedDeviceHash}`;
    const claim = await take(db, DEVICE_BUCKET, key, now);
    if (!claim.ok) refuse(claim);
    return { failed: async () => {}, succeeded: () => giveBack(db, DEVICE_BUCKET, key) };
  }
  const accountKey = accountThrottleKey(attempt.email);
  const address = addressKey(attempt.address);
  const addressBucketKey = `address:${address}`;

  const account = await take(db, ACCOUNT_BUCKET, accountKey, now);
  if (!account.ok) refuse(account);
  const perAddress = await take(db, ADDRESS_BUCKET, addressBucketKey, now);
  if (!perAddress.ok) {
    await giveBack(db, ACCOUNT_BUCKET, accountKey);
    refuse(perAddress);
  }
  const spread = await reserveAccount(db, ADDRESS_SPREAD, address, accountKey, now);
  if (!spread.ok) {
    await giveBack(db, ACCOUNT_BUCKET, accountKey);
    await giveBack(db, ADDRESS_BUCKET, addressBucketKey);
    refuse(spread);
  }
  return {
    failed: () => recordAccountFailure(db, address, accountKey, now),
    succeeded: async () => {
      await giveBack(db, ACCOUNT_BUCKET, accountKey);
      await giveBack(db, ADDRESS_BUCKET, addressBucketKey);
      if (spread.reserved) await releaseAccount(db, address, accountKey);
    },
  };
}

/**
 * Claims the account's budget for a password typed inside a session (changing the password,
 * deleting the account): the same bucket as sign-in, so a stolen session cannot guess the
 * password faster than an attacker at the sign-in form.
 */
export async function admitPasswordCheck(
  db: Db,
  email: string,
  now = new Date(),
): Promise<LoginTicket> {
  const key = accountThrottleKey(email);
  const claim = await take(db, ACCOUNT_BUCKET, key, now);
  if (!claim.ok) refuse(claim);
  return { failed: async () => {}, succeeded: () => giveBack(db, ACCOUNT_BUCKET, key) };
}
