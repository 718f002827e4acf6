"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { apiFetch } from "./api-fetch";
import { createLiveSync, type LiveSync } from "./live-sync";
import { openLiveStream, type LiveState, type LiveStream } from "./live-stream";

export interface LiveEvents {
  state: LiveState;
  /** Null outside the inbox (no stream): callers fall back to refetching. */
  sync: LiveSync | null;
  /** Ends the stream for good: before signing out, so it does not reconnect as nobody. */
  close(): void;
}

/** Opens the tab's one event stream and applies its events to the query cache. */
export function useLiveEvents(url = "/api/events", agentId: string | null = null): LiveEvents {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>("connecting");
  const [sync] = useState(() => createLiveSync(queryClient, (path) => apiFetch(path), agentId));
  const stream = useRef<LiveStream | null>(null);

  useEffect(() => {
    const opened = openLiveStream(url, {
      onState: setState,
      onEvent: (event) => void sync.apply(event),
      onResync: (since) => void sync.resync(since),
      onSignedOut: () => {
        // A full load drops every cached conversation; the sign-in page explains the rest.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/login");
      },
    });
    stream.current = opened;
    return () => opened.close();
  }, [url, sync]);

  const close = useCallback(() => stream.current?.close(), []);
  return useMemo(() => ({ state, sync, close }), [state, sync, close]);
}
