"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { InboxEvent } from "@/lib/events/types";
import { apiFetch } from "./api-fetch";
import { createLiveSync, type LiveSync } from "./live-sync";
import { openLiveStream, type LiveState, type LiveStream } from "./live-stream";

export interface LiveEvents {
  state: LiveState;
  /** Null outside the inbox (no stream): callers fall back to refetching. */
  sync: LiveSync | null;
  /** Ends the stream for good: before signing out, so it does not reconnect as nobody. */
  close(): void;
  /** Hears every event after it reached the cache (in-tab alerts); returns the unsubscribe. */
  subscribe(listener: (event: InboxEvent) => void): () => void;
}

/** Opens the tab's one event stream and applies its events to the query cache. */
export function useLiveEvents(url = "/api/events", agentId: string | null = null): LiveEvents {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>("connecting");
  const [sync] = useState(() => createLiveSync(queryClient, (path) => apiFetch(path), agentId));
  const stream = useRef<LiveStream | null>(null);
  const [listeners] = useState(() => new Set<(event: InboxEvent) => void>());

  useEffect(() => {
    const opened = openLiveStream(url, {
      onState: setState,
      onEvent: (event) => {
        void sync.apply(event);
        listeners.forEach((listener) => listener(event));
      },
      onResync: (since) => void sync.resync(since),
      onSignedOut: () => {
        // A full load drops every cached conversation; the sign-in page explains the rest.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/login");
      },
    });
    stream.current = opened;
    return () => opened.close();
  }, [url, sync, listeners]);

  const close = useCallback(() => stream.current?.close(), []);
  const subscribe = useCallback(
    (listener: (event: InboxEvent) => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    [listeners],
  );
  return useMemo(() => ({ state, sync, close, subscribe }), [state, sync, close, subscribe]);
}
