import type { InfiniteData } from "@tanstack/react-query";
import type { ChannelsResponse, ConversationsResponse, ThreadResponse } from "@/lib/inbox/types";
import { DEFAULT_FILTERS, type ConversationFilters } from "@/lib/inbox/conversation-filters";

/** A list's scope: a channel's id, or this for the list across all channels. */
export const ALL_CHANNELS = "*";

/** The query keys the hooks read and the live-event handler patches: one place, so they agree. */
export const inboxKeys = {
  channels: () => ["channels"] as const,
  conversationLists: () => ["conversations"] as const,
  /** Every filtered list of one scope (a channel, or ALL_CHANNELS): what events patch. */
  conversationsIn: (scope: string) => ["conversations", scope] as const,
  conversations: (scope: string, filters: ConversationFilters = DEFAULT_FILTERS) => ["conversations", scope, filters] as const,
  counts: () => ["conversation-counts"] as const,
  countsOf: (scope: string, status: ConversationFilters["status"]) => ["conversation-counts", scope, status] as const,
  threads: () => ["thread"] as const,
  thread: (conversationId: string) => ["thread", conversationId] as const,
};

/** Pages of a channel's conversations: [0] is the newest activity; each next page is older. */
export type ConversationPages = InfiniteData<ConversationsResponse, string | null>;
/** Pages of a thread: [0] is the newest page; each next page holds older messages. */
export type ThreadPages = InfiniteData<ThreadResponse, string | null>;
export type ChannelsData = ChannelsResponse;
