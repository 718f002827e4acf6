"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * The zone to show times in. The first HTML is rendered on the server, which cannot know the
 * browser's zone, and hydration must find the same text there or React throws the server's HTML
 * away: so the server and the hydrating render both say UTC, and the render right after
 * hydration switches to the browser's own zone (undefined = the runtime's).
 */
export function useDisplayTimeZone(): string | undefined {
  return useSyncExternalStore(never, () => undefined, () => "UTC");
}
