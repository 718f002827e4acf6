"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { apiFetch } from "./api-fetch";
import { inboxKeys, type ThreadPages } from "./inbox-keys";

/**
 * In place of the composer while a supervisor views a conversation silently (issue 10): says so,
 * and "Join" lets them write (audited on the server, which also refuses replies and notes until
 * then). Joined, the thread's pages are no longer silent: the composer appears at once.
 */
export function SilentViewBar({ conversationId }: { conversationId: string }) {
  const t = useTranslations("thread.silent");
  const queryClient = useQueryClient();
  const join = useMutation({
    mutationFn: () => apiFetch<void>(`/api/conversations/${encodeURIComponent(conversationId)}/join`, { method: "POST", body: "{}" }),
    onSuccess: () =>
      queryClient.setQueryData<ThreadPages>(inboxKeys.thread(conversationId), (data) =>
        data ? { ...data, pages: data.pages.map((page) => ({ ...page, silent: false })) } : data,
      ),
  });
  return (
    <div className="flex shrink-0 flex-wrap items-center gap-2 border-t border-gray-200 bg-gray-50 px-3 py-2">
      <p role="status" className="min-w-0 flex-1 text-sm text-gray-700">
        <span className="font-medium text-gray-900">{t("status")}</span> · {t("hint")}
      </p>
      {join.isError && (
        <p role="alert" className="w-full rounded-md bg-red-50 px-2 py-1 text-xs text-red-800">
          {join.error.message}
        </p>
      )}
      <Button size="xs" onClick={() => join.mutate()} disabled={join.isPending}>
        {t("join")}
      </Button>
    </div>
  );
}
