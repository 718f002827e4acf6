/**
 * The inbox's own shapes, as the API returns them (JSON: dates are ISO strings).
 * Safe to import from client components.
 */
export type Platform = "webchat" | "whatsapp" | "telegram" | "operator";

export interface ChannelView {
  id: string;
  platform: string;
  platformId: string;
  name: string;
}

export interface ConversationView {
  id: string;
  channelId: string;
  destination: string;
  lastMessage: { text: string; direction: "inbound" | "outbound"; at: string } | null;
}

export interface MessageView {
  /** The provider's message id. */
  id: string;
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
}
export interface ThreadResponse {
  conversation: ConversationView;
  channel: ChannelView;
  messages: MessageView[];
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
