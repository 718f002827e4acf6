"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { DEFAULT_FILTERS, filterParams, type ConversationFilters } from "@/lib/inbox/conversation-filters";
import type {
  ChannelsResponse,
  ConversationCountsResponse,
  LabelChip,
  ConversationsResponse,
  MarkReadResponse,
  ThreadResponse,
} from "@/lib/inbox/types";
import { apiFetch } from "./api-fetch";
import { ALL_CHANNELS, inboxKeys } from "./inbox-keys";
import { applyRead } from "./live-cache";
import { useFallbackPolling } from "./live-events-provider";

const id = encodeURIComponent;

/*
 * Live events keep these caches current (see live-sync); the hooks poll only while the event
 * stream is down.
 */

/**
 * The channels, lists and threads come filled in the page's first HTML (app/(inbox)/inbox/
 * prefetch.tsx), and still refetch once in the background when a view mounts: on a client-side
 * navigation the server's answer may come from the router's prefetch of the link (rendered when
 * the page loaded), and an event that arrived before the view's query existed had nothing to
 * update. Showing the server's rows at once and checking them costs one request; trusting them for
 * 30 s lost a conversation that arrived in between (tests/e2e/thread-basics.spec.ts).
 */
export const PREFETCHED_STALE_MS = 0;

export function useChannels() {
  return useQuery({
    queryKey: inboxKeys.channels(),
    queryFn: ({ signal }) => apiFetch<ChannelsResponse>("/api/channels", { signal }),
    staleTime: PREFETCHED_STALE_MS,
    ...useFallbackPolling(),
  });
}

/** A list of one channel, or of all channels (scope ALL_CHANNELS), narrowed by the view's filters. */
export function useConversations(scope: string, filters: ConversationFilters = DEFAULT_FILTERS) {
  const path = scope === ALL_CHANNELS ? "/api/conversations" : `/api/channels/${id(scope)}/conversations`;
  return useInfiniteQuery({
    queryKey: inboxKeys.conversations(scope, filters),
    queryFn: ({ signal, pageParam }) => {
      const params = filterParams(filters);
      if (pageParam) params.set("cursor", pageParam);
      const query = params.toString();
      return apiFetch<ConversationsResponse>(`${path}${query ? `?${query}` : ""}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: PREFETCHED_STALE_MS,
    ...useFallbackPolling(),
  });
}

/** The view tabs' counts for a scope and status (sums of a few rows: cheap to refetch on events). */
export function useConversationCounts(scope: string, status: ConversationFilters["status"]) {
  const params = new URLSearchParams({ status });
  if (scope !== ALL_CHANNELS) params.set("channelId", scope);
  return useQuery({
    queryKey: inboxKeys.countsOf(scope, status),
    queryFn: ({ signal }) => apiFetch<ConversationCountsResponse>(`/api/conversation-counts?${params}`, { signal }),
    ...useFallbackPolling(),
  });
}

/** The labels to filter by (GET /api/labels, managed in settings). */
export function useLabels() {
  return useQuery({
    queryKey: ["labels"],
    queryFn: ({ signal }) => apiFetch<{ labels: LabelChip[] }>("/api/labels", { signal }),
    staleTime: 60_000,
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
    staleTime: PREFETCHED_STALE_MS,
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
