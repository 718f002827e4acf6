"use client";

import { createContext, useContext } from "react";
import { useLiveEvents, type LiveEvents } from "./use-live-events";

// Without a provider nothing is streamed, so the views must poll: "down" says exactly that.
const LiveEventsContext = createContext<LiveEvents>({ state: "down", sync: null, close: () => {}, subscribe: () => () => {} });

/** One event stream for the whole inbox, however many panes use it. `agentId`: who is signed in. */
export function LiveEventsProvider({ agentId, children }: { agentId?: string; children: React.ReactNode }) {
  const live = useLiveEvents(undefined, agentId ?? null);
  return <LiveEventsContext value={live}>{children}</LiveEventsContext>;
}

export function useLive(): LiveEvents {
  return useContext(LiveEventsContext);
}

/** How often a view polls: only while the stream is down, never while it is live. */
export const FALLBACK_POLL_MS = 5_000;

export function useFallbackPolling(): { refetchInterval: number | false; refetchOnWindowFocus: boolean } {
  const { state } = useLive();
  const down = state === "down";
  return { refetchInterval: down ? FALLBACK_POLL_MS : false, refetchOnWindowFocus: state !== "live" };
}
