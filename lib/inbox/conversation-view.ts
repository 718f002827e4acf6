import { eq, sql } from "drizzle-orm";
import { agents, contacts, conversations } from "@/lib/db/schema";
import { phoneOf } from "./phone";
import type { ConversationView, LabelChip } from "./types";

type ConversationRow = typeof conversations.$inferSelect;

/** What a list row or a single read joins onto the conversation: who owns it, the contact, labels. */
export interface ConversationExtras {
  assigneeName: string | null;
  contactName: string | null;
  labels: unknown;
  /** The channel's platform: whether the destination is a phone number. */
  platform: string | null;
  /** Who sent the last message when it is a reply (json {id, name}); null otherwise or unknown. */
  lastAuthor: unknown;
}

/** The joined columns, as select fields: used by the list queries and by getConversation. */
export const extraFields = {
  assigneeName: agents.name,
  contactName: contacts.name,
  // By primary key, one row per listed conversation: cheaper than a third join in every plan.
  platform: sql<string | null>`(select c.platform from channels c where c.id = ${conversations.channelId})`,
  // One small index read per row (conversation_labels' primary key starts with the conversation).
  labels: sql<unknown>`coalesce((select json_agg(json_build_object('id', l.id, 'name', l.name, 'color', l.color) order by lower(l.name))
    from conversation_labels cl join labels l on l.id = cl.label_id where cl.conversation_id = ${conversations.id}), '[]'::json)`,
  // Only for a reply: the newest outbound message, one backward read of messages_thread_idx
  // (conversation, sent_at, id), and its agent by primary key. Conversations keep no author column.
  lastAuthor: sql<unknown>`(case when ${conversations.lastMessageDirection} = 'outbound' then
    (select json_build_object('id', a.id, 'name', a.name) from agents a where a.id =
      (select m.sent_by_agent_id from messages m where m.conversation_id = ${conversations.id} and m.direction = 'outbound'
        and m.kind <> 'note' order by m.sent_at desc, m.id desc limit 1)) end)`,
};
export const assigneeJoin = eq(agents.id, conversations.assigneeId);
export const contactJoin = eq(contacts.id, conversations.contactId);

// Drivers differ on whether json arrives parsed; either way only well-formed values pass.
function parseJson(raw: unknown): unknown {
  return typeof raw === "string" ? JSON.parse(raw) : raw;
}

function toAuthor(raw: unknown): { id: string; name: string } | null {
  const a = parseJson(raw);
  return typeof a === "object" && a !== null && "id" in a && "name" in a && typeof a.id === "string" && typeof a.name === "string"
    ? { id: a.id, name: a.name }
    : null;
}

function toLabels(raw: unknown): LabelChip[] {
  const list = parseJson(raw);
  if (!Array.isArray(list)) return [];
  return list.filter(
    (l): l is LabelChip => typeof l === "object" && l !== null && typeof l.id === "string" && typeof l.name === "string" && typeof l.color === "string",
  );
}

export function toConversationView(row: ConversationRow, readInboundCount: number, extras?: ConversationExtras): ConversationView {
  return {
    id: row.id,
    channelId: row.channelId,
    destination: row.destination,
    lastMessage:
      row.lastMessageAt && row.lastMessageText !== null
        ? {
            text: row.lastMessageText,
            direction: row.lastMessageDirection === "outbound" ? "outbound" : "inbound",
            at: row.lastMessageAt.toISOString(),
            author: toAuthor(extras?.lastAuthor),
          }
        : null,
    lastInboundAt: row.lastInboundAt?.toISOString() ?? null,
    inboundCount: row.inboundCount,
    readInboundCount,
    unreadCount: Math.max(0, row.inboundCount - readInboundCount),
    status: row.status,
    snoozedUntil: row.snoozedUntil?.toISOString() ?? null,
    assigneeId: row.assigneeId,
    assignee: row.assigneeId && extras?.assigneeName != null ? { id: row.assigneeId, name: extras.assigneeName } : null,
    contactName: extras?.contactName ?? null,
    phone: phoneOf(extras?.platform ?? null, row.destination),
    labels: toLabels(extras?.labels),
  };
}
