"use client";

import { useSyncExternalStore } from "react";

// One clock for every waiting time and countdown on the page, ticking twice a minute: the figures
// show whole minutes, and one timer is cheaper than one per row.
const TICK_MS = 30_000;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The time now, updated every 30 s while a component uses it (server render: the request's time). */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now, () => now);
}
