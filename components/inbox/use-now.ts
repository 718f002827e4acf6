"use client";

import { useSyncExternalStore } from "react";

/**
 * One shared timer per pace, running only while a component listens: one timer for every row is
 * cheaper than one per row. `read()` is the time at the last tick (or when the first listener came).
 */
export function tickingClock(tickMs: number) {
  let now = Date.now();
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setInterval> | null = null;
  return {
    read: () => now,
    subscribe(listener: () => void) {
      listeners.add(listener);
      if (!timer) {
        now = Date.now();
        timer = setInterval(() => {
          now = Date.now();
          listeners.forEach((l) => l());
        }, tickMs);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer) {
          clearInterval(timer);
          timer = null;
        }
      };
    },
  };
}

// Every waiting time and countdown on the inbox ticks twice a minute: the figures show whole minutes.
const clock = tickingClock(30_000);

/** The time now, updated every 30 s while a component uses it (server render: the request's time). */
export function useNow(): number {
  return useSyncExternalStore(clock.subscribe, clock.read, clock.read);
}
