import type { InboxEvent } from "@/lib/events/types";

/*
 * Checked by hand, not by a schema library: this ships with every inbox page, within a 170 KB
 * budget (issue 12), and flat records of eight known shapes are all it reads. zod/mini costs
 * 28 KB gzipped there and valibot 2.9 KB; this table, a few hundred bytes (docs/benchmarks.md).
 */

type Field = "string" | "id" | "count" | "boolean" | "string?" | "direction" | "presence";

const isField: Record<Field, (v: unknown) => boolean> = {
  string: (v) => typeof v === "string",
  id: (v) => typeof v === "number" && Number.isFinite(v),
  count: (v) => Number.isInteger(v) && (v as number) >= 0,
  boolean: (v) => typeof v === "boolean",
  "string?": (v) => v === null || typeof v === "string",
  direction: (v) => v === "inbound" || v === "outbound",
  presence: (v) => v === "online" || v === "away" || v === "offline",
};

const ON_A_CONVERSATION = { channelId: "string", conversationId: "string" } as const;

const SHAPES: Record<InboxEvent["type"], Record<string, Field>> = {
  "message.created": { ...ON_A_CONVERSATION, messageId: "id", direction: "direction", at: "string", conversationInboundCount: "count", channelInboundCount: "count" },
  "message.updated": { ...ON_A_CONVERSATION, messageId: "id", status: "string" },
  "conversation.updated": ON_A_CONVERSATION,
  "conversation.assigned": { ...ON_A_CONVERSATION, assigneeId: "string?", previousAssigneeId: "string?" },
  "conversation.read": { ...ON_A_CONVERSATION, agentId: "string", readInboundCount: "count", channelReadInboundSum: "count" },
  "mention.created": { ...ON_A_CONVERSATION, agentId: "string", mentionId: "id" },
  "channel.updated": { channelId: "string", degraded: "boolean", lastSyncedAt: "string?", lastSyncError: "string?" },
  "channels.changed": {},
  "agent.presence": { agentId: "string", presence: "presence" },
};

/**
 * Reads one `inbox` event's data: the fields its type names, checked, and nothing else. Null for
 * anything else: an event type this build does not know yet (a newer server) is skipped rather
 * than breaking the stream.
 */
export function parseInboxEvent(data: string): InboxEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof json !== "object" || json === null) return null;
  const raw = json as Record<string, unknown>;
  const type = raw.type;
  if (typeof type !== "string" || !Object.hasOwn(SHAPES, type)) return null;
  const event: Record<string, unknown> = { type };
  for (const [key, field] of Object.entries(SHAPES[type as InboxEvent["type"]])) {
    if (!isField[field](raw[key])) return null;
    event[key] = raw[key];
  }
  return event as InboxEvent;
}
