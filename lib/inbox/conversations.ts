import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { conversations } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { getChannel, toChannelView } from "./channels";
import type { InboxContext } from "./context";
import { callProvider } from "./provider-errors";
import type { ChannelView, ConversationView } from "./types";

type ConversationRow = typeof conversations.$inferSelect;

export const toConversationView = (row: ConversationRow): ConversationView => ({
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
});

/** A channel's conversations, newest activity first, each with the app's stable id. */
export async function listConversations(
  ctx: InboxContext,
  channelId: string,
): Promise<{ channel: ChannelView; conversations: ConversationView[] }> {
  const channel = await getChannel(ctx, channelId);
  const chats = await callProvider(() => ctx.provider.getChats({ platform: channel.platform, platformId: channel.platformId }));
  if (chats.length > 0) {
    await ctx.db
      .insert(conversations)
      .values(
        chats.map((m) => ({
          channelId: channel.id,
          destination: m.destination,
          lastMessageText: m.text,
          lastMessageAt: m.sentAt,
          lastMessageDirection: m.direction,
        })),
      )
      .onConflictDoUpdate({
        target: [conversations.channelId, conversations.destination],
        set: {
          lastMessageText: sql`excluded.last_message_text`,
          lastMessageAt: sql`excluded.last_message_at`,
          lastMessageDirection: sql`excluded.last_message_direction`,
        },
      });
  }
  const upstream = new Set(chats.map((m) => m.destination));
  const rows = await ctx.db
    .select()
    .from(conversations)
    .where(eq(conversations.channelId, channel.id))
    .orderBy(sql`${conversations.lastMessageAt} desc nulls last`, desc(conversations.createdAt));
  return {
    channel: toChannelView(channel),
    conversations: rows.filter((r) => upstream.has(r.destination)).map(toConversationView),
  };
}

export async function getConversation(ctx: Pick<InboxContext, "db">, conversationId: string) {
  const [row] = await ctx.db.select().from(conversations).where(and(eq(conversations.id, conversationId))).limit(1);
  if (!row) throw notFound("This conversation");
  const channel = await getChannel(ctx, row.channelId);
  return { conversation: row, channel };
}
