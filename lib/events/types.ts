/**
 * What changes are pushed to browsers: ids and counts only, never message bodies. Safe to import
 * from client components.
 */
/**
 * Conversation events carry the conversation's assignee at publish time (stamped by
 * publishEvents): the stream shows an agent only its own and unassigned conversations.
 */
type Assigned = { assigneeId?: string | null };

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
    } & Assigned
  /** A mirrored message changed (its provider status). */
  | ({ type: "message.updated"; channelId: string; conversationId: string; messageId: number; status: string } & Assigned)
  /** A conversation appeared or its summary changed. */
  | ({ type: "conversation.updated"; channelId: string; conversationId: string } & Assigned)
  /** A conversation changed hands (assigneeId null = unassigned); its previous owner hears too. */
  | {
      type: "conversation.assigned";
      channelId: string;
      conversationId: string;
      assigneeId: string | null;
      previousAssigneeId: string | null;
      /** Who assigned it (absent: auto-assignment); nobody gets a push for taking one themselves. */
      assignedBy?: string;
    }
  /** An agent read a conversation: sent to that agent only (their other tabs). */
  | {
      type: "conversation.read";
      channelId: string;
      conversationId: string;
      /** The one agent this event is for (any event with agentId goes to that agent only). */
      agentId: string;
      readInboundCount: number;
      channelReadInboundSum: number;
    }
  /** A note named this agent with @: sent to that agent only (its Mentions view and badge). */
  | { type: "mention.created"; agentId: string; mentionId: number; channelId: string; conversationId: string }
  /**
   * An agent's presence changed by something it did (came online, chose Away or Online, input
   * after being away): to supervisors and admins (wallboard, Assign menu) and the agent itself.
   * Changes by timeout alone are not announced (see lib/teams/presence.ts).
   */
  | { type: "agent.presence"; agentId: string; presence: "online" | "away" | "offline" }
  /** A channel's sync health changed. */
  | { type: "channel.updated"; channelId: string; degraded: boolean; lastSyncedAt: string | null; lastSyncError: string | null }
  /** Channels were added, renamed or removed upstream. */
  | { type: "channels.changed" };

export interface StoredEvent {
  id: number;
  event: InboxEvent;
}

export const EVENTS_CHANNEL = "switchboard_events";
