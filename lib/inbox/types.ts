/**
 * The inbox's own shapes, as the API returns them (JSON: dates are ISO strings).
 * Safe to import from client components.
 */
export type Platform = "webchat" | "whatsapp" | "telegram" | "operator";

export interface ChannelHealth {
  /** True when syncing this channel keeps failing: what the inbox shows may be stale. */
  degraded: boolean;
  lastSyncedAt: string | null;
  lastSyncError: string | null;
}

export interface ChannelView {
  id: string;
  platform: string;
  platformId: string;
  name: string;
  /** Unread inbound messages for the signed-in agent = inboundCount - readInboundSum. */
  unreadCount: number;
  inboundCount: number;
  readInboundSum: number;
  health: ChannelHealth;
}

export interface ConversationView {
  id: string;
  channelId: string;
  destination: string;
  lastMessage: { text: string; direction: "inbound" | "outbound"; at: string } | null;
  /** Unread inbound messages for the signed-in agent = inboundCount - readInboundCount. */
  unreadCount: number;
  inboundCount: number;
  readInboundCount: number;
}

export interface MessageView {
  /** The mirror's id (increasing in the order messages were mirrored). */
  id: number;
  providerMessageId: string | null;
  direction: "inbound" | "outbound";
  text: string;
  /** The provider's status, raw (sent, delivered, read, or anything else it says). */
  status: string;
  at: string;
}

export interface ChannelsResponse {
  channels: ChannelView[];
}
export interface ConversationsResponse {
  channel: ChannelView;
  conversations: ConversationView[];
  /** Pass as `?cursor=` for the next (older) page; null at the end. */
  nextCursor: string | null;
}
export interface ConversationResponse {
  conversation: ConversationView;
}
export interface ThreadResponse {
  conversation: ConversationView;
  channel: ChannelView;
  /** Oldest first. */
  messages: MessageView[];
  /** Pass as `?before=` to load the page of older messages; null when this is the start. */
  olderCursor: string | null;
}
export interface NewMessagesResponse {
  /** Messages mirrored after `?after=<id>`, oldest first. */
  messages: MessageView[];
}
export interface MarkReadResponse {
  conversationId: string;
  channelId: string;
  readInboundCount: number;
  channelReadInboundSum: number;
}
export interface SendReplyResponse {
  ok: true;
  messageId: string | null;
}

/** Every API error body: a stable code and a message fit to show a person. */
export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

export const REPLY_MAX_LENGTH = 4096;
export const CONVERSATIONS_PAGE_SIZE = 50;
export const MESSAGES_PAGE_SIZE = 50;
