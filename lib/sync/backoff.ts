/** The sync's bounds for lib/backoff: delays between polls of one channel. */

export const BACKOFF_CAP_MS = 60_000;
/** Poll waits are shortened by up to 15% (see heat.ts jitterDown), so channels do not poll in lockstep. */
export const POLL_JITTER = 0.15;
/** Failure delays vary by ±20% around the exponential step. */
export const BACKOFF_SPREAD = [0.8, 1.2] as const;
