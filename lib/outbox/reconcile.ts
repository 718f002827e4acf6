import "server-only";
import { and, eq, gte, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { AfilnetApiError } from "@/lib/afilnet/errors";
import type { AfilnetClient, ChatRef, ProviderMessage } from "@/lib/afilnet/types";
import type { Db } from "@/lib/db/client";
import { messages } from "@/lib/db/schema";
import type { MessageRow } from "@/lib/db/rows";

/** What the provider stores for a reply: the text, a file's caption, or (no caption) the file's URL. */
export function upstreamText(m: Pick<MessageRow, "body" | "fileUrl">): string {
  return m.body.length > 0 ? m.body : m.fileUrl ?? "";
}

const WINDOW_MS = 2 * 60_000;

/**
 * After an ambiguous send (a timeout, a reset, a worker that died mid-send) the reply may be at
 * the provider already: look for an outbound copy from around when it was written that no
 * stored message owns. Earlier replies with the same text that are sent but not linked yet own
 * the earliest such copies, so two identical replies sent on purpose both go out.
 */
export async function findUpstreamCopy(db: Db, provider: AfilnetClient, chat: ChatRef, row: MessageRow): Promise<ProviderMessage | null> {
  const text = upstreamText(row);
  const since = row.createdAt.getTime() - WINDOW_MS;
  const upstream = (await messagesOf(provider, chat)).filter(
    (m) => m.direction === "outbound" && m.text === text && m.sentAt.getTime() >= since,
  );
  if (upstream.length === 0) return null;
  const linked = await db
    .select({ providerMessageId: messages.providerMessageId })
    .from(messages)
    .where(and(eq(messages.conversationId, row.conversationId), isNotNull(messages.providerMessageId)));
  const owned = new Set(linked.map((l) => l.providerMessageId));
  const free = upstream.filter((m) => !owned.has(m.messageId)).sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
  const [{ count }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(messages)
    .where(
      and(
        eq(messages.conversationId, row.conversationId),
        eq(messages.delivery, "sent"),
        isNull(messages.providerMessageId),
        lt(messages.id, row.id),
        gte(messages.createdAt, new Date(since)),
        sql`(case when ${messages.body} <> '' then ${messages.body} else coalesce(${messages.fileUrl}, '') end) = ${text}`,
      ),
    );
  return free[count] ?? null;
}

/** A chat the provider does not know holds no copy (a first reply starts the chat). */
async function messagesOf(provider: AfilnetClient, chat: ChatRef): Promise<ProviderMessage[]> {
  try {
    return await provider.getMessages(chat);
  } catch (error) {
    if (error instanceof AfilnetApiError && error.code === "CHAT_NOT_FOUND") return [];
    throw error;
  }
}
