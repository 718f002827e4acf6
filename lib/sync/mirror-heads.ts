import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { ProviderMessage } from "@/lib/afilnet/types";
import type { Db } from "@/lib/db/client";
import { conversations } from "@/lib/db/schema";
import { linkContacts } from "@/lib/teams/contacts";
import type { ChannelRow } from "./mirror-channels";

export type ConversationRow = typeof conversations.$inferSelect;

export interface ChangedChat {
  conversation: ConversationRow;
  /** The chat's latest message as `getchats` gave it. */
  head: ProviderMessage;
}

/** What change detection compares: the latest message's id and status. */
export const headKey = (m: Pick<ProviderMessage, "messageId" | "status">) => `${m.messageId}\u0000${m.status}`;

const CHUNK = 1000;

/**
 * Compares a `getchats` answer with the mirror and returns the chats whose latest message
 * changed (new chats included, created here without a summary). Stores no messages and moves
 * no summary: `applyMessages` does that once the thread is fetched, so a failed fetch is
 * retried at the next poll instead of being forgotten.
 */
export async function applyChatHeads(db: Db, channel: ChannelRow, heads: ProviderMessage[]): Promise<ChangedChat[]> {
  const byDestination = new Map<string, ProviderMessage>();
  for (const head of heads) if (!byDestination.has(head.destination)) byDestination.set(head.destination, head);
  const destinations = [...byDestination.keys()];
  const known = new Map<string, ConversationRow>();
  for (let i = 0; i < destinations.length; i += CHUNK) {
    const rows = await db
      .select()
      .from(conversations)
      .where(and(eq(conversations.channelId, channel.id), inArray(conversations.destination, destinations.slice(i, i + CHUNK))));
    for (const row of rows) known.set(row.destination, row);
  }

  const missing = destinations.filter((d) => !known.has(d));
  for (let i = 0; i < missing.length; i += CHUNK) {
    const batch = missing.slice(i, i + CHUNK);
    await db
      .insert(conversations)
      .values(batch.map((destination) => ({ channelId: channel.id, destination })))
      .onConflictDoNothing();
    await linkContacts(db, channel, batch);
    const rows = await db
      .select()
      .from(conversations)
      .where(and(eq(conversations.channelId, channel.id), inArray(conversations.destination, batch)));
    for (const row of rows) known.set(row.destination, row);
  }

  const changed: ChangedChat[] = [];
  for (const [destination, head] of byDestination) {
    const conversation = known.get(destination);
    if (!conversation) continue;
    const mirrored = conversation.lastProviderMessageId === null ? null : headKey({ messageId: conversation.lastProviderMessageId, status: conversation.lastProviderStatus ?? "" });
    if (mirrored !== headKey(head)) changed.push({ conversation, head });
  }
  return changed;
}
