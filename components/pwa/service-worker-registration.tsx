"use client";

import { useEffect } from "react";

/**
 * Registers public/sw.js (`enabled`: not under `next dev`, decided by lib/config). Not under `next dev`: its cache-first rule for
 * /_next/static would serve stale chunks between rebuilds.
 */
export function ServiceWorkerRegistration({ enabled }: { enabled: boolean }) {
  useEffect(() => {
    if (!enabled || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      // No worker means no offline page and no push; the app itself works the same.
    });
  }, [enabled]);
  return null;
}
