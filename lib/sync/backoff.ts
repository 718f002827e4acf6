/** Delays between polls of one channel: jittered on success, growing exponentially on failure. */

export interface BackoffOptions {
  baseMs: number;
  capMs?: number;
  random?: () => number;
}

export const BACKOFF_CAP_MS = 60_000;
/** Success delays vary by ±15%, so channels (and instances) do not poll in lockstep. */
export const POLL_JITTER = 0.15;
/** Failure delays vary by ±20% around the exponential step. */
export const BACKOFF_JITTER = 0.2;

/** `ms` moved by up to ±spread of itself. */
export function jitter(ms: number, spread: number, random: () => number = Math.random): number {
  return Math.round(ms * (1 - spread + 2 * spread * random()));
}

/** The wait after the `failures`-th failure in a row (1 = the first): base, 2×base, 4×base… up to the cap. */
export function backoffDelay(failures: number, { baseMs, capMs = BACKOFF_CAP_MS, random = Math.random }: BackoffOptions): number {
  const step = Math.min(capMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.min(capMs, jitter(step, BACKOFF_JITTER, random));
}
