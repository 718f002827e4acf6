import { formatDayLabel } from "@/lib/format/day-label";
import { dayNumber } from "@/lib/format/time";
import type { ConversationView, MessageView } from "@/lib/inbox/types";
import type { Translate } from "@/lib/i18n/translator";

/** Where the thread's unread messages started when it was opened, and how many there were. */
export interface UnreadMarker {
  messageId: number;
  count: number;
}

export type ThreadItem =
  | { kind: "day"; key: string; label: string }
  | { kind: "unread"; key: string; count: number }
  /** `sender`: who wrote it as shown ("You", a teammate, the contact; null = unknown); `first`: first of a run by that sender. */
  | { kind: "message"; key: number; message: MessageView; sender: string | null; first: boolean };

export interface ThreadLayoutOptions {
  unread: UnreadMarker | null;
  /** The signed-in agent: only its replies and notes read "You". */
  selfId: string | null;
  contactName: string;
  /** The thread catalog, for "You" and "A former agent" in the agent's language. */
  t: Translate<"thread">;
  timeZone?: string;
  locale?: string;
  now?: Date;
}

/**
 * The first unread customer message: the (inboundCount − readInboundCount)-th newest inbound one
 * loaded. When more are unread than loaded, the oldest loaded one (the count still says how many).
 */
export function firstUnread(messages: MessageView[], conversation: ConversationView): UnreadMarker | null {
  const count = conversation.inboundCount - conversation.readInboundCount;
  const inbound = messages.filter((m) => m.direction === "inbound" && m.kind !== "note");
  if (count <= 0 || inbound.length === 0) return null;
  return { messageId: inbound[Math.max(0, inbound.length - count)].id, count };
}

function senderOf(m: MessageView, o: ThreadLayoutOptions): { key: string; name: string | null } {
  if (m.direction === "inbound" && m.kind !== "note") return { key: "contact", name: o.contactName };
  const agent = m.sentBy;
  // Notes count as their author's, so a note and a reply by one agent are one run.
  if (!agent) return { key: "agent:", name: m.kind === "note" ? o.t("sender.formerAgent") : null };
  return { key: `agent:${agent.id}`, name: agent.id === o.selfId ? o.t("sender.you") : agent.name };
}

/** Messages (oldest first) with day separators, the unread separator, and sender runs marked. */
export function layoutThread(messages: MessageView[], o: ThreadLayoutOptions): ThreadItem[] {
  const items: ThreadItem[] = [];
  let day: number | null = null;
  let run: string | null = null;
  for (const message of messages) {
    const d = dayNumber(new Date(message.at), o.timeZone);
    if (d !== day) {
      items.push({ kind: "day", key: `day-${d}`, label: formatDayLabel(message.at, o) });
      day = d;
      run = null;
    }
    if (o.unread?.messageId === message.id) {
      items.push({ kind: "unread", key: "unread", count: o.unread.count });
      run = null;
    }
    const sender = senderOf(message, o);
    items.push({ kind: "message", key: message.id, message, sender: sender.name, first: sender.key !== run });
    run = sender.key;
  }
  return items;
}
