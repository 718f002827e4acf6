/**
 * What changes are pushed to browsers: ids and counts only, never message bodies. Safe to import
 * from client components.
 */
export type InboxEvent =
  /** A message was added to the mirror (counts are the totals after it). */
  | {
      type: "message.created";
      channelId: string;
      conversationId: string;
      messageId: number;
      direction: "inbound" | "outbound";
      at: string;
      conversationInboundCount: number;
      channelInboundCount: number;
    }
  /** A mirrored message changed (its provider status). */
  | { type: "message.updated"; channelId: string; conversationId: string; messageId: number; status: string }
  /** A conversation appeared or its summary changed. */
  | { type: "conversation.updated"; channelId: string; conversationId: string }
  /** An agent read a conversation: sent to that agent only (their other tabs). */
  | {
      type: "conversation.read";
      channelId: string;
      conversationId: string;
      agentId: string;
      readInboundCount: number;
      channelReadInboundSum: number;
    }
  /** A channel's sync health changed. */
  | { type: "channel.updated"; channelId: string; degraded: boolean; lastSyncedAt: string | null; lastSyncError: string | null }
  /** Channels were added, renamed or removed upstream. */
  | { type: "channels.changed" };

export interface StoredEvent {
  id: number;
  event: InboxEvent;
}

export const EVENTS_CHANNEL = "switchboard_events";
