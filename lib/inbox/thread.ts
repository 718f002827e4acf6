import "server-only";
import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
import { messages } from "@/lib/db/schema";
import { invalidInput } from "@/lib/errors";
import type { InboxContext } from "./context";
import { getConversation } from "./conversations";
import { decodeCursor, encodeCursor } from "./cursor";
import { MESSAGES_PAGE_SIZE, type MessageView, type NewMessagesResponse, type ThreadResponse } from "./types";

type MessageRow = typeof messages.$inferSelect;

const toMessageView = (m: MessageRow): MessageView => ({
  id: m.id,
  providerMessageId: m.providerMessageId,
  direction: m.direction,
  text: m.body,
  status: m.providerStatus,
  at: m.sentAt.toISOString(),
});

/** A page of a conversation's messages from the mirror (the newest, or those before a cursor), oldest first. */
export async function getThread(
  ctx: Pick<InboxContext, "db" | "agent">,
  conversationId: string,
  rawBefore: string | null,
): Promise<ThreadResponse> {
  const { row, view, channel } = await getConversation(ctx, conversationId);
  const before = decodeCursor(rawBefore);
  if (before && !/^\d+$/.test(before.id)) throw invalidInput("This page cursor is not valid. Reload the conversation.");
  const older = before
    ? sql`(${messages.sentAt}, ${messages.id}) < (${before.at.toISOString()}::timestamptz, ${before.id}::bigint)`
    : undefined;
  const rows = await ctx.db
    .select()
    .from(messages)
    .where(and(eq(messages.conversationId, row.id), older))
    .orderBy(desc(messages.sentAt), desc(messages.id))
    .limit(MESSAGES_PAGE_SIZE + 1);
  const page = rows.slice(0, MESSAGES_PAGE_SIZE);
  const oldest = page.at(-1);
  return {
    conversation: view,
    channel: channel.view,
    messages: page.reverse().map(toMessageView),
    olderCursor: rows.length > MESSAGES_PAGE_SIZE && oldest ? encodeCursor(oldest.sentAt, oldest.id) : null,
  };
}

/** Messages mirrored after a known one, oldest first: what a live thread appends. */
export async function getNewMessages(
  ctx: Pick<InboxContext, "db" | "agent">,
  conversationId: string,
  afterId: number,
): Promise<NewMessagesResponse> {
  const { row } = await getConversation(ctx, conversationId);
  const rows = await ctx.db
    .select()
    .from(messages)
    .where(and(eq(messages.conversationId, row.id), gt(messages.id, afterId)))
    .orderBy(asc(messages.sentAt), asc(messages.id))
    .limit(500);
  return { messages: rows.map(toMessageView) };
}
