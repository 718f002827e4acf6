import "server-only";
import { eq, sql } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { preparedPer } from "@/lib/db/prepared";
import { conversations, messages } from "@/lib/db/schema";
import type { ConversationScope } from "./policy";

/** What the policy needs to know about a conversation: its channel and assignee, one indexed read. */
const conversationScopeQuery = preparedPer((db) =>
  db
    .select({ conversationId: conversations.id, channelId: conversations.channelId, assigneeId: conversations.assigneeId })
    .from(conversations)
    .where(eq(conversations.id, sql.placeholder("id")))
    .limit(1)
    .prepare("conversation_scope"),
);

const messageScopeQuery = preparedPer((db) =>
  db
    .select({ conversationId: conversations.id, channelId: conversations.channelId, assigneeId: conversations.assigneeId })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(eq(messages.id, sql.placeholder("id")))
    .limit(1)
    .prepare("message_scope"),
);

export type LoadedScope = ConversationScope & { conversationId: string };

export async function conversationScope(db: DbExecutor, conversationId: string): Promise<LoadedScope | null> {
  const [row] = await conversationScopeQuery(db).execute({ id: conversationId });
  return row ?? null;
}

export async function messageScope(db: DbExecutor, messageId: number): Promise<LoadedScope | null> {
  const [row] = await messageScopeQuery(db).execute({ id: messageId });
  return row ?? null;
}
