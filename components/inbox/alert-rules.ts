import type { InboxEvent } from "@/lib/events/types";
import type { AlertMode } from "@/lib/validation/alerts";

type MessageCreated = Extract<InboxEvent, { type: "message.created" }>;

/** Whether a pushed event calls for an in-tab alert: a customer's message, outside the open thread, as the agent chose. */
export function shouldAlert(event: InboxEvent, mode: AlertMode, openConversationId: string | null): event is MessageCreated {
  if (mode === "off" || event.type !== "message.created") return false;
  // Replies (the agent's own or a teammate's) and notes are outbound: never an alert.
  if (event.direction !== "inbound" || event.conversationId === openConversationId) return false;
  return mode === "all" || event.conversationInboundCount === 1;
}
