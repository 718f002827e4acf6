/**
 * Exponential backoff with jitter, the one implementation for every retry loop (the sync's
 * polls, the outbox's sends, the browser's event stream); each caller sets its own bounds.
 * Browser-safe: no imports.
 */

export interface BackoffOptions {
  /** The first step; each failure in a row doubles it. */
  baseMs: number;
  /** No wait is longer than this. */
  capMs: number;
  /** The wait is drawn between these fractions of the step: [0.8, 1.2] is ±20%, [0.5, 1] "half to all". */
  spread: readonly [low: number, high: number];
  random?: () => number;
}

/** `ms` moved by up to ±spread of itself. */
export function jitter(ms: number, spread: number, random: () => number = Math.random): number {
  return Math.round(ms * (1 - spread + 2 * spread * random()));
}

/** The wait after the `failures`-th failure in a row (1 = the first): base, 2×base, 4×base… jittered, up to the cap. */
export function backoffDelay(failures: number, { baseMs, capMs, spread: [low, high], random = Math.random }: BackoffOptions): number {
  const step = Math.min(capMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.min(capMs, Math.round(step * (low + (high - low) * random())));
}
