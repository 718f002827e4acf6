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
  /** The display name set in settings, or the provider's name when none is set. */
  name: string;
  /** The channel's name at the provider. */
  providerName: string;
  /** Unread inbound messages for the signed-in agent = inboundCount - readInboundSum. */
  unreadCount: number;
  inboundCount: number;
  readInboundSum: number;
  health: ChannelHealth;
  /** Waiting-time thresholds (settings): amber after warnMinutes, red after alertMinutes. */
  wait: { warnMinutes: number; alertMinutes: number };
}

export interface ConversationView {
  id: string;
  channelId: string;
  destination: string;
  /** `author`: the agent who sent it when it is a reply sent from here; null otherwise. */
  lastMessage: { text: string; direction: "inbound" | "outbound"; at: string; author: { id: string; name: string } | null } | null;
  /** The customer's latest message (ISO): waiting time and WhatsApp's 24-hour reply window. */
  lastInboundAt: string | null;
  /** Unread inbound messages for the signed-in agent = inboundCount - readInboundCount. */
  unreadCount: number;
  inboundCount: number;
  readInboundCount: number;
  status: ConversationStatus;
  /** While snoozed: when it reopens (ISO). */
  snoozedUntil: string | null;
  /** The agent who owns it; null = unassigned. */
  assigneeId: string | null;
  /** The owner with its name (null = unassigned). */
  assignee: { id: string; name: string } | null;
  /** The contact's name when someone recorded it; show the destination otherwise. */
  contactName: string | null;
  /** The destination as a phone number (WhatsApp), formatted for its country; null when it is not one. */
  phone: { e164: string; display: string } | null;
  /** Sorted by name. */
  labels: LabelChip[];
}

export interface LabelChip {
  id: string;
  name: string;
  /** #rrggbb */
  color: string;
}

export type ConversationStatus = "open" | "pending" | "snoozed" | "resolved";

export type FileType = "image" | "video" | "audio" | "voice" | "document" | "contact";

/** A file as the inbox shows it. `url`/`thumbUrl` are public (the provider fetches them). */
export interface FileView {
  type: FileType;
  url: string;
  thumbUrl: string | null;
  /** Present for files stored here (uploads, contact cards); null for a file sent by URL. */
  name: string | null;
  mime: string | null;
  size: number | null;
}

/** Where an agent's reply is in the outbox; null for messages that only came from the provider. */
export type Delivery = "pending" | "sending" | "sent" | "failed";

export interface MessageView {
  /** The mirror's id (increasing in the order messages were stored). */
  id: number;
  providerMessageId: string | null;
  direction: "inbound" | "outbound";
  /** "note": an internal note, shown to the team only and never sent to the provider. */
  kind: "text" | "file" | "note";
  /** The text, or a file's caption. */
  text: string;
  file: FileView | null;
  /** The provider's status, raw (sent, delivered, read, or anything else it says). */
  status: string;
  delivery: Delivery | null;
  /** Why a failed reply failed, fit to show; null otherwise. */
  error: string | null;
  /** The code behind a failed reply's error (a provider code such as CHAT_NOT_FOUND, or http_503…); null otherwise. */
  errorCode: string | null;
  sentBy: { id: string; name: string } | null;
  at: string;
}

export interface ChannelsResponse {
  channels: ChannelView[];
}
export interface ConversationsResponse {
  /** The channel listed; null for the list across all channels (GET /api/conversations). */
  channel: ChannelView | null;
  conversations: ConversationView[];
  /** Pass as `?cursor=` for the next (older) page; null at the end. */
  nextCursor: string | null;
  /** With `?assignee=`: the agent whose conversations these are (the list's "Assigned to" line). */
  assignee?: { id: string; name: string };
}
/** GET /api/conversation-counts: the view tabs' counts for one status (and channel, or all). */
export interface ConversationCountsResponse {
  mine: number;
  unassigned: number;
  /** For role agent: mine + unassigned (all it may see). */
  all: number;
}
export interface ConversationResponse {
  conversation: ConversationView;
}
export interface ThreadResponse {
  /**
   * The viewer is a supervisor viewing silently (issue 10): no composer, no read marker, until
   * they "Join".
   */
  silent: boolean;
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
/**
 * POST /api/conversations/{id}/messages. The key is made by the browser once per message:
 * sending it again (double click, retry after a network error) stores nothing new.
 * Exactly one of: `text` alone; `fileId` (an upload, `text` as caption); `fileUrl` + `fileType`.
 */
export interface SendReplyRequest {
  idempotencyKey: string;
  text?: string;
  fileId?: string;
  fileUrl?: string;
  fileType?: FileType;
}
/** 202 when stored now, 200 when this key was stored before; either way the stored message. */
export interface SendReplyResponse {
  message: MessageView;
}
/** POST /api/files (multipart `file`, optional `voice=1` for a recorded voice note). */
export interface UploadResponse {
  fileId: string;
  file: FileView;
}
/** POST /api/files/contact: a contact card, stored as a vCard. */
export interface ContactCardRequest {
  name: string;
  phone?: string;
  email?: string;
}

/** Every API error body: a stable code and a message fit to show a person. */
export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

export const REPLY_MAX_LENGTH = 4096;
/** Internal notes are never sent, so the provider's limit does not apply; this keeps threads readable. */
export const NOTE_MAX_LENGTH = 10_000;
export const CONVERSATIONS_PAGE_SIZE = 50;
export const MESSAGES_PAGE_SIZE = 50;
