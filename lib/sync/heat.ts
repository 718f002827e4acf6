/**
 * How often a channel is polled, from how likely it is to have news. Hot (level 0): every
 * `intervalMs`. Each poll that finds nothing while no reason keeps it hot moves it one step
 * cooler (twice the wait) up to `idleIntervalMs`; news makes it hot again at once.
 */

/** After a poll saw news, the channel stays hot this long: customers write in bursts. */
export const NEWS_HOLD_MS = 2 * 60_000;
/** An agent marked as looking at a channel keeps it hot this long unless marked again. */
export const WATCH_HOLD_MS = 60_000;
/** Polls this many times in a row later than their own interval show the channel as delayed. */
export const DELAYED_AFTER_LATE_POLLS = 3;

/** The waits from hot to idle: interval, 2×, 4×… and the idle interval last. */
export function coolingLadder(intervalMs: number, idleIntervalMs: number): number[] {
  const idle = Math.max(intervalMs, idleIntervalMs);
  const steps: number[] = [];
  for (let ms = intervalMs; ms < idle; ms *= 2) steps.push(ms);
  steps.push(idle);
  return steps;
}

/**
 * A wait shortened by up to `spread` of itself (never lengthened: the idle interval is the
 * longest a message may wait), so channels polled together drift apart.
 */
export function jitterDown(ms: number, spread: number, random: () => number): number {
  return Math.round(ms * (1 - spread * random()));
}
