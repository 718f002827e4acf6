"use client";

import { RouteError } from "@/components/ui/route-error";

/** Catches failures of the inbox shell itself (its layout), which inbox/error.tsx cannot. */
export default function InboxShellError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} />;
}
