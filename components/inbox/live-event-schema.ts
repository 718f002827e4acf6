// The mini build, as in api-fetch: this ships with every inbox page.
import { z } from "zod/mini";
import type { InboxEvent } from "@/lib/events/types";

const direction = z.enum(["inbound", "outbound"]);
const count = z.number().check(z.int(), z.nonnegative());

const eventSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("message.created"),
    channelId: z.string(),
    conversationId: z.string(),
    messageId: z.number(),
    direction,
    at: z.string(),
    conversationInboundCount: count,
    channelInboundCount: count,
  }),
  z.object({
    type: z.literal("message.updated"),
    channelId: z.string(),
    conversationId: z.string(),
    messageId: z.number(),
    status: z.string(),
  }),
  z.object({ type: z.literal("conversation.updated"), channelId: z.string(), conversationId: z.string() }),
  z.object({
    type: z.literal("conversation.assigned"),
    channelId: z.string(),
    conversationId: z.string(),
    assigneeId: z.nullable(z.string()),
    previousAssigneeId: z.nullable(z.string()),
  }),
  z.object({
    type: z.literal("conversation.read"),
    channelId: z.string(),
    conversationId: z.string(),
    agentId: z.string(),
    readInboundCount: count,
    channelReadInboundSum: count,
  }),
  z.object({
    type: z.literal("mention.created"),
    agentId: z.string(),
    mentionId: z.number(),
    channelId: z.string(),
    conversationId: z.string(),
  }),
  z.object({
    type: z.literal("channel.updated"),
    channelId: z.string(),
    degraded: z.boolean(),
    lastSyncedAt: z.nullable(z.string()),
    lastSyncError: z.nullable(z.string()),
  }),
  z.object({ type: z.literal("channels.changed") }),
]);

/**
 * Reads one `inbox` event's data. Null for anything else: an event type this build does not know
 * yet (a newer server) is skipped rather than breaking the stream.
 */
export function parseInboxEvent(data: string): InboxEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = eventSchema.safeParse(json);
  return parsed.success ? (parsed.data satisfies InboxEvent) : null;
}
