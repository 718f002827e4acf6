import "server-only";
import { createBudget, type Budget } from "./budget";

/**
 * Every provider call the sync makes goes through here: one call at a time per channel (so a
 * slow channel never has calls piling up), and all of them within the request budget.
 */

export interface Throttle {
  /** Runs `call` once the channel is free and the budget has a slot for it. */
  run<T>(channelKey: string, call: () => Promise<T>): Promise<T>;
}

export function createThrottle(budget: Budget): Throttle {
  const tails = new Map<string, Promise<unknown>>();

  return {
    async run<T>(channelKey: string, call: () => Promise<T>): Promise<T> {
      const previous = tails.get(channelKey) ?? Promise.resolve();
      const mine = previous.catch(() => {}).then(async () => {
        await budget.take();
        return call();
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
