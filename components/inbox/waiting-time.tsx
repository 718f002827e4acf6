"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { ChannelView, ConversationView } from "@/lib/inbox/types";
import { formatDuration, waitingMinutes, waitLevel } from "@/lib/format/waiting";
import { useChannels } from "./use-inbox-queries";
import { useNow } from "./use-now";

const LEVEL_CLASS = {
  normal: "bg-gray-100 text-gray-700",
  warn: "bg-amber-100 text-amber-900",
  alert: "bg-red-100 text-red-800",
} as const;

const DEFAULT_THRESHOLDS: ChannelView["wait"] = { warnMinutes: 15, alertMinutes: 60 };

/** "Waiting 12 min" while the customer's message is the last one; amber and red past the channel's thresholds. */
export function WaitingTime({ conversation }: { conversation: ConversationView }) {
  const now = useNow();
  const t = useTranslations("thread");
  // The channel list is in the cache already (the channels pane): no request of its own.
  const channels = useChannels().data?.channels;
  const minutes = waitingMinutes(conversation, now);
  if (minutes === null) return null;
  const thresholds = channels?.find((c) => c.id === conversation.channelId)?.wait ?? DEFAULT_THRESHOLDS;
  const level = waitLevel(minutes, thresholds);
  return (
    <span data-wait-level={level} className={cn("shrink-0 rounded px-1 font-medium", LEVEL_CLASS[level])}>
      {t("waiting", { duration: formatDuration(minutes, t) })}
    </span>
  );
}
