import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { LoadedScope } from "@/lib/auth/scope";
import type { Db } from "@/lib/db/client";
import { channels, conversations, messages } from "@/lib/db/schema";
import { publishEvents } from "@/lib/events/publish";
import { toMessageViews } from "@/lib/inbox/thread";
import { NOTE_MAX_LENGTH, type MessageView } from "@/lib/inbox/types";
import { hasNul, nulMessage } from "@/lib/validation/text";
import { recordMentions } from "./mentions";

export const noteSchema = z.object({
  text: z
    .string({ message: "Write a note first." })
    .max(NOTE_MAX_LENGTH, `A note can be at most ${NOTE_MAX_LENGTH.toLocaleString("en-GB")} characters.`)
    .refine((t) => t.trim().length > 0, "Write a note first.")
    .refine((t) => !hasNul(t), nulMessage("Notes")),
});
export type NoteInput = z.infer<typeof noteSchema>;

/**
 * Stores an internal note: a message of kind "note" with no delivery state, so the outbox (which
 * only takes pending and sending rows) never sends it, and the provider's copies are never linked
 * to it. It leaves the conversation's summary and counters alone: the list's last message and the
 * unread counts are about the customer's conversation, which a note is not part of.
 */
export async function addNote(db: Db, author: { id: string }, scope: LoadedScope, input: NoteInput): Promise<MessageView> {
  const stored = await db.transaction(async (tx) => {
    const [note] = await tx
      .insert(messages)
      .values({ conversationId: scope.conversationId, direction: "outbound", kind: "note", body: input.text, sentByAgentId: author.id, delivery: null, sentAt: sql`now()` })
      .returning();
    const [counts] = await tx
      .select({ conversation: conversations.inboundCount, channel: channels.inboundCount })
      .from(conversations)
      .innerJoin(channels, eq(channels.id, conversations.channelId))
      .where(eq(conversations.id, scope.conversationId));
    const mentionEvents = await recordMentions(tx, { id: note.id, body: note.body, authorId: author.id }, scope);
    await publishEvents(tx, [
      {
        type: "message.created",
        channelId: scope.channelId,
        conversationId: scope.conversationId,
        messageId: note.id,
        direction: "outbound",
        at: note.sentAt.toISOString(),
        conversationInboundCount: counts?.conversation ?? 0,
        channelInboundCount: counts?.channel ?? 0,
      },
      ...mentionEvents,
    ]);
    return note;
  });
  const [view] = await toMessageViews(db, [stored]);
  return view;
}
