"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { apiFetch } from "@/components/inbox/api-fetch";
import { useLive } from "@/components/inbox/live-events-provider";
import type { Wallboard } from "@/lib/monitor/types";
import { changesWallboard } from "./wallboard-rules";

/** The figures and when (browser clock) they arrived: "Waiting" counts on from there. */
export interface WallboardData {
  board: Wallboard;
  receivedAt: number;
}

const KEY = ["monitor"] as const;
/** Presence turns Away or Offline by a timeout, not an event: read again this often anyway. */
const REFRESH_MS = 15_000;
/** A burst of events (a bulk import, a busy minute) makes one refetch, this long after the first. */
const COALESCE_MS = 300;

async function fetchWallboard(): Promise<WallboardData> {
  const board = await apiFetch<Wallboard>("/api/monitor");
  return { board, receivedAt: Date.now() };
}

export function useWallboard(initial: Wallboard) {
  const queryClient = useQueryClient();
  const { subscribe, state } = useLive();
  const [initialData] = useState<WallboardData>(() => ({ board: initial, receivedAt: Date.now() }));
  const query = useQuery({ queryKey: KEY, queryFn: fetchWallboard, initialData, refetchInterval: REFRESH_MS, staleTime: 0 });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = subscribe((event) => {
      if (!changesWallboard(event) || timer) return;
      timer = setTimeout(() => {
        timer = null;
        void queryClient.invalidateQueries({ queryKey: KEY });
      }, COALESCE_MS);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [subscribe, queryClient]);

  // Back from a dropped connection: events may have been missed, read the figures again.
  useEffect(() => {
    if (state === "live") void queryClient.invalidateQueries({ queryKey: KEY });
  }, [state, queryClient]);

  return query;
}
