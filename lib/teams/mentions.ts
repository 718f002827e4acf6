import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { decideConversation, type ConversationScope } from "@/lib/auth/policy";
import type { DbExecutor } from "@/lib/db/client";
import { agents, channelMembers, channels, conversations, mentions, messages } from "@/lib/db/schema";
import type { InboxEvent } from "@/lib/events/types";
import { notFound } from "@/lib/errors";
import { mentionedAmong } from "./mention-rules";

/** Active agents who may see the conversation: the only ones a note can mention (per the policy). */
export async function mentionableAgents(db: DbExecutor, scope: ConversationScope) {
  const rows = await db
    .select({ id: agents.id, name: agents.name, email: agents.email, role: agents.role, member: sql<boolean>`${channelMembers.agentId} is not null` })
    .from(agents)
    .leftJoin(channelMembers, and(eq(channelMembers.agentId, agents.id), eq(channelMembers.channelId, scope.channelId)))
    .where(eq(agents.active, true));
  return rows.filter((a) => decideConversation({ id: a.id, role: a.role, channelIds: a.member ? [scope.channelId] : [] }, "conversation.view", scope).allowed);
}

/**
 * Stores one mention per agent the note names (never its author) and returns the events that
 * tell each of them, inside the note's transaction.
 */
export async function recordMentions(
  tx: DbExecutor,
  note: { id: number; body: string; authorId: string },
  scope: ConversationScope & { conversationId: string },
): Promise<InboxEvent[]> {
  const named = mentionedAmong(note.body, await mentionableAgents(tx, scope)).filter((a) => a.id !== note.authorId);
  if (named.length === 0) return [];
  const rows = await tx
    .insert(mentions)
    .values(named.map((a) => ({ messageId: note.id, conversationId: scope.conversationId, agentId: a.id })))
    .onConflictDoNothing()
    .returning({ id: mentions.id, agentId: mentions.agentId });
  return rows.map((r) => ({
    type: "mention.created" as const,
    agentId: r.agentId,
    mentionId: r.id,
    channelId: scope.channelId,
    conversationId: scope.conversationId,
  }));
}

export interface MentionView {
  id: number;
  conversationId: string;
  channelId: string;
  channelName: string;
  destination: string;
  excerpt: string;
  authorName: string | null;
  at: string;
  read: boolean;
}

export interface MentionsResponse {
  mentions: MentionView[];
  unreadCount: number;
}

const EXCERPT_LENGTH = 160;
const PAGE = 100;
const author = sql<string | null>`(select ${agents.name} from ${agents} where ${agents.id} = ${messages.sentByAgentId})`;

/** The agent's newest mentions (the latest 100) and how many are unread. */
export async function listMentions(db: DbExecutor, agentId: string): Promise<MentionsResponse> {
  const rows = await db
    .select({
      id: mentions.id,
      conversationId: mentions.conversationId,
      channelId: conversations.channelId,
      channelName: sql<string>`coalesce(${channels.displayName}, ${channels.name})`,
      destination: conversations.destination,
      body: messages.body,
      authorName: author,
      at: mentions.createdAt,
      readAt: mentions.readAt,
    })
    .from(mentions)
    .innerJoin(messages, eq(messages.id, mentions.messageId))
    .innerJoin(conversations, eq(conversations.id, mentions.conversationId))
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .where(eq(mentions.agentId, agentId))
    .orderBy(desc(mentions.id))
    .limit(PAGE);
  const [unread] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mentions)
    .where(and(eq(mentions.agentId, agentId), isNull(mentions.readAt)));
  return {
    mentions: rows.map((r) => ({
      id: r.id,
      conversationId: r.conversationId,
      channelId: r.channelId,
      channelName: r.channelName,
      destination: r.destination,
      excerpt: r.body.length > EXCERPT_LENGTH ? `${r.body.slice(0, EXCERPT_LENGTH - 1)}…` : r.body,
      authorName: r.authorName,
      at: r.at.toISOString(),
      read: r.readAt !== null,
    })),
    unreadCount: unread?.n ?? 0,
  };
}

/** Marks one of the agent's own mentions read (idempotent); another agent's mention is "not found". */
export async function markMentionRead(db: DbExecutor, agentId: string, mentionId: number): Promise<{ conversationId: string; channelId: string }> {
  const [row] = await db
    .update(mentions)
    .set({ readAt: sql`coalesce(${mentions.readAt}, now())` })
    .where(and(eq(mentions.id, mentionId), eq(mentions.agentId, agentId)))
    .returning({ conversationId: mentions.conversationId });
  if (!row) throw notFound("This mention");
  const [conv] = await db.select({ channelId: conversations.channelId }).from(conversations).where(eq(conversations.id, row.conversationId));
  return { conversationId: row.conversationId, channelId: conv?.channelId ?? "" };
}
