"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { ErrorState } from "./error-state";

/**
 * The body of an `error.tsx` boundary. Server errors reach the browser with their message
 * replaced in production, so the person always gets plain words, never a stack trace.
 */
export function RouteError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("common.ui");
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <ErrorState message={t("routeError")} onRetry={retry} />
  );
}
