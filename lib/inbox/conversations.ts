import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { channelReads, channels, conversations, readMarkers } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { getChannel, toChannelView } from "./channels";
import type { InboxContext } from "./context";
import { conversationCursor, decodeCursor, encodeCursor } from "./cursor";
import { CONVERSATIONS_PAGE_SIZE, type ConversationView, type ConversationsResponse } from "./types";

type ConversationRow = typeof conversations.$inferSelect;

export function toConversationView(row: ConversationRow, readInboundCount: number): ConversationView {
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
          }
        : null,
    inboundCount: row.inboundCount,
    readInboundCount,
    unreadCount: Math.max(0, row.inboundCount - readInboundCount),
  };
}

const withReadCount = (ctx: Pick<InboxContext, "db" | "agent">) =>
  ctx.db
    .select({ conversation: conversations, readInboundCount: sql<number>`coalesce(${readMarkers.readInboundCount}, 0)::float8` })
    .from(conversations)
    .leftJoin(readMarkers, and(eq(readMarkers.conversationId, conversations.id), eq(readMarkers.agentId, ctx.agent.id)));

/** One page of a channel's conversations from the mirror, newest activity first. */
export async function listConversations(
  ctx: Pick<InboxContext, "db" | "agent">,
  channelId: string,
  rawCursor: string | null,
): Promise<ConversationsResponse> {
  const channel = await getChannel(ctx, channelId);
  const cursor = decodeCursor(rawCursor, conversationCursor);
  // Row comparison against the (channel, last_message_at desc, id desc) index: one index range.
  const after = cursor
    ? sql`(${conversations.lastMessageAt}, ${conversations.id}) < (${cursor.at.toISOString()}::timestamptz, ${cursor.id}::uuid)`
    : undefined;
  const rows = await withReadCount(ctx)
    .where(and(eq(conversations.channelId, channelId), sql`${conversations.lastMessageAt} is not null`, after))
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
    .limit(CONVERSATIONS_PAGE_SIZE + 1);
  const page = rows.slice(0, CONVERSATIONS_PAGE_SIZE);
  const last = page.at(-1)?.conversation;
  return {
    channel: channel.view,
    conversations: page.map((r) => toConversationView(r.conversation, Number(r.readInboundCount))),
    nextCursor: rows.length > CONVERSATIONS_PAGE_SIZE && last?.lastMessageAt ? encodeCursor(last.lastMessageAt, last.id) : null,
  };
}

/**
 * A conversation with the agent's read count, and its channel with the agent's read sum: one
 * query, not two (every thread page asks for it; on PGlite each query is CPU on this thread).
 */
export async function getConversation(ctx: Pick<InboxContext, "db" | "agent">, conversationId: string) {
  const [row] = await ctx.db
    .select({
      conversation: conversations,
      readInboundCount: sql<number>`coalesce(${readMarkers.readInboundCount}, 0)::float8`,
      channel: channels,
      readInboundSum: sql<number>`coalesce(${channelReads.readInboundSum}, 0)::float8`,
    })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .leftJoin(readMarkers, and(eq(readMarkers.conversationId, conversations.id), eq(readMarkers.agentId, ctx.agent.id)))
    .leftJoin(channelReads, and(eq(channelReads.channelId, channels.id), eq(channelReads.agentId, ctx.agent.id)))
    .where(eq(conversations.id, conversationId))
    .limit(1);
  if (!row) throw notFound("This conversation");
  return {
    row: row.conversation,
    view: toConversationView(row.conversation, Number(row.readInboundCount)),
    channel: { row: row.channel, view: toChannelView(row.channel, Number(row.readInboundSum)) },
  };
}
