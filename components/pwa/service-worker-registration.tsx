"use client";

import { useEffect } from "react";

/**
 * Registers public/sw.js in production builds. Not under `next dev`: its cache-first rule for
 * /_next/static would serve stale chunks between rebuilds.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      // No worker means no offline page and no push; the app itself works the same.
    });
  }, []);
  return null;
}
