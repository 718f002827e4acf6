"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ChannelsResponse,
  ConversationsResponse,
  SendReplyResponse,
  ThreadResponse,
} from "@/lib/inbox/types";
import { apiFetch } from "./api-fetch";

export const inboxKeys = {
  channels: () => ["channels"] as const,
  conversations: (channelId: string) => ["conversations", channelId] as const,
  thread: (conversationId: string) => ["thread", conversationId] as const,
};

const id = encodeURIComponent;

// Polling stands in for live updates until the SSE stream (/api/events) lands; then these
// intervals go and the event handler patches or invalidates these same keys.
const THREAD_REFETCH_MS = 3_000;
const CONVERSATIONS_REFETCH_MS = 5_000;

export function useChannels() {
  return useQuery({
    queryKey: inboxKeys.channels(),
    queryFn: ({ signal }) => apiFetch<ChannelsResponse>("/api/channels", { signal }),
    staleTime: 60_000,
  });
}

export function useConversations(channelId: string) {
  return useQuery({
    queryKey: inboxKeys.conversations(channelId),
    queryFn: ({ signal }) => apiFetch<ConversationsResponse>(`/api/channels/${id(channelId)}/conversations`, { signal }),
    refetchInterval: CONVERSATIONS_REFETCH_MS,
  });
}

export function useThread(conversationId: string) {
  return useQuery({
    queryKey: inboxKeys.thread(conversationId),
    queryFn: ({ signal }) => apiFetch<ThreadResponse>(`/api/conversations/${id(conversationId)}/messages`, { signal }),
    refetchInterval: THREAD_REFETCH_MS,
  });
}

export function useSendReply(conversationId: string, channelId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      apiFetch<SendReplyResponse>(`/api/conversations/${id(conversationId)}/messages`, {
        method: "POST",
        body: JSON.stringify({ text }),
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: inboxKeys.thread(conversationId) }),
        queryClient.invalidateQueries({ queryKey: inboxKeys.conversations(channelId) }),
      ]),
  });
}
