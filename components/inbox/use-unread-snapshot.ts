"use client";

import { useState } from "react";
import type { ConversationView, MessageView } from "@/lib/inbox/types";
import { firstUnread, type UnreadMarker } from "./thread-layout";

/**
 * Where the unread messages started, taken once per opened conversation and kept while it stays
 * open: marking read and live messages must not move or remove the separator. `settled`: the
 * thread is not being fetched, so a stale cached copy (left read, with news since) is not used.
 * Until it is taken (`taken` false) the thread should not be marked read.
 */
export function useUnreadSnapshot(
  conversationId: string,
  conversation: ConversationView | undefined,
  messages: MessageView[],
  settled: boolean,
): { taken: boolean; marker: UnreadMarker | null } {
  const [snap, setSnap] = useState<{ conversationId: string; marker: UnreadMarker | null } | null>(null);
  const current = snap?.conversationId === conversationId ? snap : null;
  // Set during render (React's pattern for state derived once from props): no frame without it.
  if (!current && conversation && settled) setSnap({ conversationId, marker: firstUnread(messages, conversation) });
  return { taken: current !== null, marker: current?.marker ?? null };
}
