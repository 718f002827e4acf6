"use client";

import { useTimeZone } from "next-intl";

/**
 * The zone to show times in: the agent's own (Settings → Profile), UTC when signed out. It comes
 * from the server with the page (lib/i18n/request.ts), so the first HTML and the hydrating render
 * already agree and show the agent's times from the first paint.
 */
export function useDisplayTimeZone(): string | undefined {
  return useTimeZone();
}
