import type { QueryClient, QueryKey } from "@tanstack/react-query";
import { DEFAULT_FILTERS, matchesFilters, type ConversationFilters } from "@/lib/inbox/conversation-filters";
import type { InboxEvent } from "@/lib/events/types";
import type { ChannelView, ConversationView, MarkReadResponse, MessageView } from "@/lib/inbox/types";
import {
  appendMessages,
  mergeChannelCounts,
  mergeConversation,
  mergeConversationCounts,
  findConversation,
  patchConversationInPages,
  removeConversation,
  patchListChannel,
  patchMessageStatus,
  patchThreadChannel,
  patchThreadConversation,
  upsertConversation,
  withHealth,
} from "./cache-merge";
import { upsertMessages } from "./outbox-cache";
import { ALL_CHANNELS, inboxKeys, type ChannelsData, type ConversationPages, type ThreadPages } from "./inbox-keys";

/*
 * Applies what an event or an answer says to every cached view that shows it. These only patch
 * what is cached; deciding what to fetch is live-sync's job.
 */

/** Every cached list a conversation of this channel can be in: its channel's (any filters) and all channels'. */
export function listKeysOf(qc: QueryClient, channelId: string): QueryKey[] {
  return [inboxKeys.conversationsIn(channelId), inboxKeys.conversationsIn(ALL_CHANNELS)].flatMap((queryKey) =>
    qc.getQueriesData<ConversationPages>({ queryKey }).map(([key]) => key),
  );
}

const filtersOf = (key: QueryKey): ConversationFilters => (key[2] as ConversationFilters | undefined) ?? DEFAULT_FILTERS;

/** One channel, wherever it is cached: the channel list, its conversation list, open threads. */
export function patchChannel(qc: QueryClient, channelId: string, fn: (c: ChannelView) => ChannelView): void {
  const inChannel = (c: ChannelView) => (c.id === channelId ? fn(c) : c);
  qc.setQueryData<ChannelsData>(inboxKeys.channels(), (data) => {
    if (!data) return data;
    const channels = data.channels.map(inChannel);
    return channels.some((c, i) => c !== data.channels[i]) ? { ...data, channels } : data;
  });
  for (const [key] of qc.getQueriesData<ConversationPages>({ queryKey: inboxKeys.conversationsIn(channelId) })) {
    qc.setQueryData<ConversationPages>(key, (data) => data && patchListChannel(data, inChannel));
  }
  for (const [key, data] of qc.getQueriesData<ThreadPages>({ queryKey: inboxKeys.threads() })) {
    if (data?.pages[0]?.channel.id === channelId) qc.setQueryData<ThreadPages>(key, patchThreadChannel(data, inChannel));
  }
}

/** One conversation's summary in every list that shows it and in its thread. */
export function patchConversation(
  qc: QueryClient,
  channelId: string,
  conversationId: string,
  fn: (c: ConversationView) => ConversationView,
): void {
  for (const key of listKeysOf(qc, channelId)) {
    qc.setQueryData<ConversationPages>(key, (data) => data && patchConversationInPages(data, conversationId, fn));
  }
  qc.setQueryData<ThreadPages>(inboxKeys.thread(conversationId), (data) => data && patchThreadConversation(data, fn));
}

/** Badges from the counts an event carries, with no request. */
export function applyEventCounts(qc: QueryClient, event: InboxEvent): void {
  switch (event.type) {
    case "message.created":
      patchChannel(qc, event.channelId, (c) => mergeChannelCounts(c, { inboundCount: event.channelInboundCount }));
      patchConversation(qc, event.channelId, event.conversationId, (c) =>
        mergeConversationCounts(c, { inboundCount: event.conversationInboundCount }),
      );
      return;
    case "conversation.read":
      applyRead(qc, event);
      return;
    case "channel.updated":
      patchChannel(qc, event.channelId, (c) =>
        withHealth(c, { degraded: event.degraded, lastSyncedAt: event.lastSyncedAt, lastSyncError: event.lastSyncError }),
      );
      return;
    default:
      return;
  }
}

/** This agent read a conversation (here, or in another tab): its badge and its channel's drop. */
export function applyRead(qc: QueryClient, read: MarkReadResponse): void {
  patchChannel(qc, read.channelId, (c) => mergeChannelCounts(c, { readInboundSum: read.channelReadInboundSum }));
  patchConversation(qc, read.channelId, read.conversationId, (c) =>
    mergeConversationCounts(c, { readInboundCount: read.readInboundCount }),
  );
}

/**
 * A fresh summary of one conversation: moved to its place in each list whose filters it matches,
 * out of the others, and into its thread. `me`: the signed-in agent, for "Mine".
 */
export function applyConversationSummary(qc: QueryClient, fresh: ConversationView, me: string | null = null): void {
  for (const key of listKeysOf(qc, fresh.channelId)) {
    qc.setQueryData<ConversationPages>(key, (data) => {
      if (!data) return data;
      const merged = mergeConversation(findConversation(data, fresh.id), fresh);
      return matchesFilters(merged, filtersOf(key), me) ? upsertConversation(data, fresh) : removeConversation(data, fresh.id);
    });
  }
  qc.setQueryData<ThreadPages>(
    inboxKeys.thread(fresh.id),
    (data) => data && patchThreadConversation(data, (c) => mergeConversation(c, fresh)),
  );
}

export function applyNewMessages(qc: QueryClient, conversationId: string, messages: MessageView[]): void {
  qc.setQueryData<ThreadPages>(inboxKeys.thread(conversationId), (data) => data && appendMessages(data, messages));
}

/** Patches a message's status; false when the message is not cached yet (it must be fetched). */
export function applyMessageStatus(qc: QueryClient, conversationId: string, messageId: number, status: string): boolean {
  const data = qc.getQueryData<ThreadPages>(inboxKeys.thread(conversationId));
  if (!data) return true;
  const patched = patchMessageStatus(data, messageId, status);
  if (patched.found) qc.setQueryData<ThreadPages>(inboxKeys.thread(conversationId), patched.data);
  return patched.found;
}

/** Fresh copies of messages (a reply's delivery changed): each replaces its cached copy. */
export function applyFreshMessages(qc: QueryClient, conversationId: string, messages: MessageView[]): void {
  qc.setQueryData<ThreadPages>(inboxKeys.thread(conversationId), (data) => data && upsertMessages(data, messages));
}
