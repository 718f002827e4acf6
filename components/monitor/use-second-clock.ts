"use client";

import { useSyncExternalStore } from "react";
import { tickingClock } from "@/components/inbox/use-now";

// The wallboard's "Waiting" counts up second by second between refetches; the inbox's useNow
// ticks twice a minute (it shows whole minutes): not enough here.
const clock = tickingClock(1_000);
const onServer = () => 0;

/**
 * The browser's time, every second; 0 on the server and while hydrating, so the first render
 * matches the server's HTML (callers then count from when the figures arrived).
 */
export function useSecondClock(): number {
  return useSyncExternalStore(clock.subscribe, clock.read, onServer);
}
