"use client";

import { RouteError } from "@/components/ui/route-error";

export default function InboxError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="flex min-w-0 flex-1 flex-col">
      <RouteError error={error} retry={retry} />
    </div>
  );
}
