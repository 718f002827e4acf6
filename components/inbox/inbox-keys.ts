import type { InfiniteData } from "@tanstack/react-query";
import type { ChannelsResponse, ConversationsResponse, ThreadResponse } from "@/lib/inbox/types";

/** The query keys the hooks read and the live-event handler patches: one place, so they agree. */
export const inboxKeys = {
  channels: () => ["channels"] as const,
  conversationLists: () => ["conversations"] as const,
  conversations: (channelId: string) => ["conversations", channelId] as const,
  threads: () => ["thread"] as const,
  thread: (conversationId: string) => ["thread", conversationId] as const,
};

/** Pages of a channel's conversations: [0] is the newest activity; each next page is older. */
export type ConversationPages = InfiniteData<ConversationsResponse, string | null>;
/** Pages of a thread: [0] is the newest page; each next page holds older messages. */
export type ThreadPages = InfiniteData<ThreadResponse, string | null>;
export type ChannelsData = ChannelsResponse;
