import "server-only";
import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { signInThrottle } from "@/lib/db/schema";

export interface ThrottlePolicy {
  /** Failures allowed in a run before each further one locks the key. */
  freeFailures: number;
  /** The first lock; each later failure doubles it, up to `maxLockSeconds`. */
  baseLockSeconds: number;
  maxLockSeconds: number;
  /** A run of failures older than this (and not locked) is forgotten. */
  windowSeconds: number;
}

// An account: a person mistyping gets 5 tries, then waits 30 s, 60 s, … at most 15 minutes.
export const ACCOUNT_POLICY: ThrottlePolicy = { freeFailures: 5, baseLockSeconds: 30, maxLockSeconds: 15 * 60, windowSeconds: 15 * 60 };
// An address (an office behind one NAT holds many agents): more room, same escalation.
export const ADDRESS_POLICY: ThrottlePolicy = { freeFailures: 20, baseLockSeconds: 30, maxLockSeconds: 15 * 60, windowSeconds: 15 * 60 };

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`.slice(0, 400);
export const addressKey = (address: string) => `address:${address}`.slice(0, 100);

/** Seconds until every one of `keys` may try again (0: none is locked). */
export async function lockedForSeconds(db: Db, keys: string[]): Promise<number> {
  const rows = await db
    .select({ seconds: sql<number>`ceil(extract(epoch from (${signInThrottle.lockedUntil} - now())))::int` })
    .from(signInThrottle)
    .where(inArray(signInThrottle.key, keys));
  return Math.max(0, ...rows.map((r) => r.seconds ?? 0));
}

/**
 * Counts one failure against `key` in one statement (several instances may count at once), and
 * locks it once the run passes the policy's free failures. Returns the failures in the run.
 */
export async function recordFailure(db: Db, key: string, policy: ThrottlePolicy): Promise<number> {
  const fresh = sql`(${signInThrottle.firstFailureAt} < now() - make_interval(secs => ${policy.windowSeconds}) and (${signInThrottle.lockedUntil} is null or ${signInThrottle.lockedUntil} < now()))`;
  const [row] = await db
    .insert(signInThrottle)
    .values({ key, failures: 1 })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        failures: sql`case when ${fresh} then 1 else ${signInThrottle.failures} + 1 end`,
        firstFailureAt: sql`case when ${fresh} then now() else ${signInThrottle.firstFailureAt} end`,
      },
    })
    .returning({ failures: signInThrottle.failures });
  const over = row.failures - policy.freeFailures;
  if (over >= 0) {
    const seconds = Math.min(policy.maxLockSeconds, policy.baseLockSeconds * 2 ** Math.min(over, 20));
    await db.execute(sql`update sign_in_throttle set locked_until = now() + make_interval(secs => ${seconds}) where key = ${key}`);
  }
  return row.failures;
}

/** A successful sign-in forgets the account's failures (not the address's: see sign-in.ts). */
export async function clearKey(db: Db, key: string): Promise<void> {
  await db.delete(signInThrottle).where(inArray(signInThrottle.key, [key]));
}
