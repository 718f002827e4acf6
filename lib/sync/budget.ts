import "server-only";

/**
 * The engine's request budget: at most `maxPerSecond` provider calls in any 1-second window.
 * A sliding log rather than a refilling bucket, because a bucket lets a full burst plus a
 * second's refill through in one window. Callers wait their turn in order; nothing is dropped.
 */

export interface Budget {
  /** Resolves when a call may start; the call is counted from that moment. */
  take(): Promise<void>;
}

export interface BudgetOptions {
  maxPerSecond: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export function createBudget({ maxPerSecond, now = Date.now, sleep = defaultSleep }: BudgetOptions): Budget {
  if (!Number.isFinite(maxPerSecond) || maxPerSecond <= 0) throw new RangeError("maxPerSecond must be more than 0");
  // Whole calls per second (rounded down, never over the limit); below one per second, one call
  // per 1/rate seconds.
  const limit = Math.max(1, Math.floor(maxPerSecond));
  const windowMs = maxPerSecond >= 1 ? 1000 : 1000 / maxPerSecond;
  // Start times of the last `limit` calls, oldest first.
  const starts: number[] = [];
  let queue: Promise<void> = Promise.resolve();

  async function waitForSlot(): Promise<void> {
    for (;;) {
      const t = now();
      while (starts.length > 0 && starts[0] <= t - windowMs) starts.shift();
      if (starts.length < limit) {
        starts.push(t);
        return;
      }
      await sleep(starts[0] + windowMs - t);
    }
  }

  return {
    take() {
      const turn = queue.then(waitForSlot);
      queue = turn;
      return turn;
    },
  };
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
