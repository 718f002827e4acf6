import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { preparedPer } from "@/lib/db/prepared";
import { channelReads, channels, conversations, readMarkers } from "@/lib/db/schema";
import { can } from "@/lib/auth/policy";
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
    status: row.status,
    snoozedUntil: row.snoozedUntil?.toISOString() ?? null,
    assigneeId: row.assigneeId,
  };
}

// The hot queries of the read routes are built once per database (see preparedPer): the
// agent, channel, cursor and conversation go in as placeholders.
const withReadCount = (db: DbExecutor) =>
  db
    .select({ conversation: conversations, readInboundCount: sql<number>`coalesce(${readMarkers.readInboundCount}, 0)::float8` })
    .from(conversations)
    .leftJoin(readMarkers, and(eq(readMarkers.conversationId, conversations.id), eq(readMarkers.agentId, sql.placeholder("agentId"))));
const pageOf = (db: DbExecutor, after?: SQL) =>
  withReadCount(db)
    .where(
      and(
        eq(conversations.channelId, sql.placeholder("channelId")),
        sql`${conversations.lastMessageAt} is not null`,
        // Role agent: only its own and the unassigned conversations (see lib/auth/policy).
        sql`(not ${sql.placeholder("ownOnly")}::boolean or ${conversations.assigneeId} is null or ${conversations.assigneeId} = ${sql.placeholder("agentId")}::uuid)`,
        after,
      ),
    )
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
    .limit(CONVERSATIONS_PAGE_SIZE + 1);
const firstPage = preparedPer((db) => pageOf(db).prepare("conversations_first_page"));
// Row comparison against the (channel, last_message_at desc, id desc) index: one index range.
const laterPage = preparedPer((db) =>
  pageOf(
    db,
    sql`(${conversations.lastMessageAt}, ${conversations.id}) < (${sql.placeholder("at")}::timestamptz, ${sql.placeholder("id")}::uuid)`,
  ).prepare("conversations_later_page"),
);

/** One page of a channel's conversations from the mirror, newest activity first. */
export async function listConversations(
  ctx: Pick<InboxContext, "db" | "agent">,
  channelId: string,
  rawCursor: string | null,
): Promise<ConversationsResponse> {
  const channel = await getChannel(ctx, channelId);
  const cursor = decodeCursor(rawCursor, conversationCursor);
  const values = { agentId: ctx.agent.id, channelId, ownOnly: !can.role(ctx.agent, "conversations.all") };
  const rows = cursor
    ? await laterPage(ctx.db).execute({ ...values, at: cursor.at.toISOString(), id: cursor.id })
    : await firstPage(ctx.db).execute(values);
  const page = rows.slice(0, CONVERSATIONS_PAGE_SIZE);
  const last = page.at(-1)?.conversation;
  return {
    channel: channel.view,
    conversations: page.map((r) => toConversationView(r.conversation, Number(r.readInboundCount))),
    nextCursor: rows.length > CONVERSATIONS_PAGE_SIZE && last?.lastMessageAt ? encodeCursor(last.lastMessageAt, last.id) : null,
  };
}

const oneConversation = preparedPer((db) =>
  db
    .select({
      conversation: conversations,
      readInboundCount: sql<number>`coalesce(${readMarkers.readInboundCount}, 0)::float8`,
      channel: channels,
      readInboundSum: sql<number>`coalesce(${channelReads.readInboundSum}, 0)::float8`,
    })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .leftJoin(readMarkers, and(eq(readMarkers.conversationId, conversations.id), eq(readMarkers.agentId, sql.placeholder("agentId"))))
    .leftJoin(channelReads, and(eq(channelReads.channelId, channels.id), eq(channelReads.agentId, sql.placeholder("agentId"))))
    .where(eq(conversations.id, sql.placeholder("conversationId")))
    .limit(1)
    .prepare("one_conversation"),
);

/**
 * A conversation with the agent's read count, and its channel with the agent's read sum: one
 * query, not two (every thread page asks for it; on PGlite each query is CPU on this thread).
 */
export async function getConversation(ctx: Pick<InboxContext, "db" | "agent">, conversationId: string) {
  const [row] = await oneConversation(ctx.db).execute({ agentId: ctx.agent.id, conversationId });
  if (!row) throw notFound("This conversation");
  return {
    row: row.conversation,
    view: toConversationView(row.conversation, Number(row.readInboundCount)),
    channel: { row: row.channel, view: toChannelView(row.channel, Number(row.readInboundSum)) },
  };
}
