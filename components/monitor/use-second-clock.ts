"use client";

import { useSyncExternalStore } from "react";

// One clock for the whole wallboard, ticking every second so "Waiting" counts up between
// refetches. The inbox's useNow ticks twice a minute (it shows whole minutes): not enough here.
let now = 0;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, 1_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/**
 * The browser's time, every second; 0 on the server and while hydrating, so the first render
 * matches the server's HTML (callers then count from when the figures arrived).
 */
export function useSecondClock(): number {
  return useSyncExternalStore(subscribe, () => now, () => 0);
}
