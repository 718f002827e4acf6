import "server-only";
import { createBudget, type Budget, type Priority, type Slot } from "./budget";

/**
 * Every provider call the sync makes goes through here: one call at a time per channel (so a
 * slow channel never has calls piling up), and all of them within the request budget.
 */

export interface RunOptions {
  /** `urgent` jumps the budget's queue (a thread known to have news, an agent waiting). */
  priority?: Priority;
  /** A place the caller already holds (the scheduler takes one before choosing what to poll). */
  slot?: Slot;
}

export interface Throttle {
  readonly budget: Budget;
  /** Runs `call` once the channel is free and the budget has a place for it. */
  run<T>(channelKey: string, call: () => Promise<T>, options?: RunOptions): Promise<T>;
}

export function createThrottle(budget: Budget): Throttle {
  const tails = new Map<string, Promise<unknown>>();

  return {
    budget,
    async run<T>(channelKey: string, call: () => Promise<T>, options: RunOptions = {}): Promise<T> {
      const previous = tails.get(channelKey) ?? Promise.resolve();
      const mine = previous.catch(() => {}).then(async () => {
        const slot = options.slot ?? (await budget.acquire(options.priority));
        try {
          return await call();
        } finally {
          slot.settle();
        }
      });
      tails.set(channelKey, mine);
      try {
        return await mine;
      } finally {
        if (tails.get(channelKey) === mine) tails.delete(channelKey);
      }
    },
  };
}

const DEFAULT_MAX_REQUESTS_PER_SECOND = 10;
const globalForThrottle = globalThis as unknown as { switchboardSyncThrottle?: Throttle };

/**
 * The throttle of this process, shared by the engine and on-demand refreshes so together they
 * stay within one budget. The first caller's rate wins (the engine's start passes the config's).
 */
export function sharedThrottle(maxRequestsPerSecond = DEFAULT_MAX_REQUESTS_PER_SECOND): Throttle {
  globalForThrottle.switchboardSyncThrottle ??= createThrottle(createBudget({ maxPerSecond: maxRequestsPerSecond }));
  return globalForThrottle.switchboardSyncThrottle;
}
