"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * The browser's language for dates. As with the time zone (use-display-time-zone.ts), the server
 * and the hydrating render say en-GB, and the render right after hydration uses the browser's.
 * Its own module: only the thread uses it, and the time zone hook is in every first load.
 */
export function useDisplayLocale(): string {
  return useSyncExternalStore(never, () => navigator.language, () => "en-GB");
}
