"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ChannelsResponse,
  ConversationsResponse,
  MarkReadResponse,
  ThreadResponse,
} from "@/lib/inbox/types";
import { apiFetch } from "./api-fetch";
import { inboxKeys } from "./inbox-keys";
import { applyRead } from "./live-cache";
import { useFallbackPolling } from "./live-events-provider";

const id = encodeURIComponent;

/*
 * Live events keep these caches current (see live-sync); the hooks poll only while the event
 * stream is down.
 */

export function useChannels() {
  return useQuery({
    queryKey: inboxKeys.channels(),
    queryFn: ({ signal }) => apiFetch<ChannelsResponse>("/api/channels", { signal }),
    ...useFallbackPolling(),
  });
}

export function useConversations(channelId: string) {
  return useInfiniteQuery({
    queryKey: inboxKeys.conversations(channelId),
    queryFn: ({ signal, pageParam }) =>
      apiFetch<ConversationsResponse>(
        `/api/channels/${id(channelId)}/conversations${pageParam ? `?cursor=${id(pageParam)}` : ""}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    ...useFallbackPolling(),
  });
}

/** The newest page first; "next" pages go back in time. */
export function useThread(conversationId: string) {
  return useInfiniteQuery({
    queryKey: inboxKeys.thread(conversationId),
    queryFn: ({ signal, pageParam }) =>
      apiFetch<ThreadResponse>(
        `/api/conversations/${id(conversationId)}/messages${pageParam ? `?before=${id(pageParam)}` : ""}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.olderCursor,
    ...useFallbackPolling(),
  });
}

export function useMarkReadMutation(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiFetch<MarkReadResponse>(`/api/conversations/${id(conversationId)}/read`, { method: "POST" }),
    onSuccess: (read) => applyRead(queryClient, read),
  });
}
