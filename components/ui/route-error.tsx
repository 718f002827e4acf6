"use client";

import { useEffect } from "react";
import { ErrorState } from "./error-state";

/**
 * The body of an `error.tsx` boundary. Server errors reach the browser with their message
 * replaced in production, so the person always gets plain words, never a stack trace.
 */
export function RouteError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <ErrorState
      message="This page could not be loaded. Check your connection and try again."
      onRetry={retry}
    />
  );
}
