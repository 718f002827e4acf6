"use client";

import { useQuery } from "@tanstack/react-query";
import type { PresenceResponse } from "@/lib/teams/types";
import { apiFetch } from "./api-fetch";
import { ownPresenceKey } from "./team-keys";

/**
 * The signed-in agent's presence. Read again every minute: going Away after 5 idle minutes is a
 * timeout nobody announces; a choice in another tab is announced (live-sync invalidates it).
 */
export function useOwnPresence() {
  return useQuery({
    queryKey: ownPresenceKey,
    queryFn: ({ signal }) => apiFetch<PresenceResponse>("/api/profile/presence", { signal }),
    refetchInterval: 60_000,
    staleTime: 30_000,
  });
}
