"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { ListSkeleton } from "@/components/ui/skeleton";
import { formatListTime } from "@/lib/format/time";
import { LocalTime } from "./local-time";
import type { MentionView } from "@/lib/teams/mentions";
import { PaneHeader } from "./pane-header";
import { conversationHref } from "./route-params";
import { useMarkMentionRead, useMentions } from "./use-team-queries";

/** The agent's mentions, newest first; opening one marks it read and goes to its conversation. */
export function MentionsPane() {
  const t = useTranslations("inbox.mentions");
  const mentions = useMentions();
  const markRead = useMarkMentionRead();
  const router = useRouter();

  function open(mention: MentionView) {
    // The conversation opens whether or not the mark lands; an unread mark left behind is harmless.
    if (!mention.read) markRead.mutate(mention.id);
    router.push(conversationHref(mention.channelId, mention.conversationId));
  }

  return (
    <section aria-labelledby="mentions-title" className="flex min-w-0 flex-1 flex-col bg-surface">
      <PaneHeader titleId="mentions-title" title={t("title")} backHref="/inbox" />
      <div className="min-h-0 flex-1 overflow-y-auto">
        {!mentions.data ? (
          mentions.isError ? (
            <ErrorState message={mentions.error.message} onRetry={() => void mentions.refetch()} />
          ) : (
            <ListSkeleton rows={4} label={t("loading")} />
          )
        ) : mentions.data.mentions.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ul aria-label={t("title")} className="flex flex-col divide-y divide-gray-100">
            {mentions.data.mentions.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  onClick={() => open(m)}
                  className={cn("flex w-full flex-col gap-0.5 px-4 py-3 text-left hover:bg-gray-50", !m.read && "bg-amber-50/60")}
                >
                  <span className="flex items-center gap-2 text-sm">
                    {!m.read && <span className="rounded bg-amber-200 px-1.5 text-xs font-semibold text-amber-950">{t("unread")}</span>}
                    <span className={cn("truncate", !m.read ? "font-semibold text-gray-900" : "text-gray-800")}>
                      {t("line", { author: m.authorName ?? t("formerAgent"), destination: m.destination, channel: m.channelName })}
                    </span>
                    <LocalTime at={m.at} format={formatListTime} className="ml-auto shrink-0 text-xs text-gray-500" />
                  </span>
                  <span className="line-clamp-2 text-sm whitespace-pre-wrap text-gray-700">{m.excerpt}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
