"use client";

import type { ChannelView } from "@/lib/inbox/types";
import { useChannels } from "./use-inbox-queries";

/**
 * A channel as the channel list has it (kept current by events), else the copy a pane's own
 * answer carried. One source for health, so every pane agrees on "degraded".
 */
export function useChannelView(channelId: string, fallback: ChannelView | undefined): ChannelView | undefined {
  const channels = useChannels();
  return channels.data?.channels.find((c) => c.id === channelId) ?? fallback;
}
