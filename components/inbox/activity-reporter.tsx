"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { PresenceResponse } from "@/lib/teams/types";
import { apiFetch } from "./api-fetch";
import { ownPresenceKey } from "./team-keys";

/** At most one report a minute per tab: Away needs 5 idle minutes, so this is precise enough. */
const REPORT_EVERY_MS = 60_000;
const INPUTS = ["keydown", "pointerdown", "touchstart"] as const;

/**
 * Tells the server the agent is at this tab (presence, issue 10): when the inbox opens (the
 * agent's own act: the header's dot then shows Online from this answer, whatever an earlier read
 * still in flight says), on input, and when the tab is shown again. Input inside a silently viewed
 * conversation (`data-silent-view`) is not reported: a supervisor looking in must not show as activity.
 */
export function ActivityReporter() {
  const queryClient = useQueryClient();
  useEffect(() => {
    let last = 0;
    const report = (event: Event) => {
      if (event.type === "visibilitychange" && document.visibilityState !== "visible") return;
      if (event.target instanceof Element && event.target.closest("[data-silent-view]")) return;
      const now = Date.now();
      if (now - last < REPORT_EVERY_MS) return;
      last = now;
      apiFetch<PresenceResponse>("/api/profile/activity", { method: "POST", body: "{}" }).then(
        async (presence) => {
          await queryClient.cancelQueries({ queryKey: ownPresenceKey, exact: true });
          queryClient.setQueryData(ownPresenceKey, presence);
        },
        () => (last = 0),
      );
    };
    const options = { capture: true, passive: true };
    for (const type of INPUTS) window.addEventListener(type, report, options);
    document.addEventListener("visibilitychange", report);
    report(new Event("visibilitychange"));
    return () => {
      for (const type of INPUTS) window.removeEventListener(type, report, options);
      document.removeEventListener("visibilitychange", report);
    };
  }, [queryClient]);
  return null;
}
