import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db, DbExecutor } from "@/lib/db/client";
import { conversations, messages } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { publishEvents } from "@/lib/events/publish";
import type { MessageRow } from "@/lib/db/rows";
import { wakeOutbox } from "./wake";

/** Puts a failed reply back in the queue, as if just written: errors cleared, attempts from zero. */
export async function retryFailed(db: Db, messageId: number, inTransaction?: (tx: DbExecutor, row: MessageRow) => Promise<void>): Promise<MessageRow> {
  const row = await db.transaction(async (tx) => {
    const [found] = await tx
      .select({ message: messages, channelId: conversations.channelId })
      .from(messages)
      .innerJoin(conversations, eq(conversations.id, messages.conversationId))
      .where(eq(messages.id, messageId))
      .for("update", { of: messages });
    if (!found || found.message.delivery === null) throw notFound("This reply");
    if (found.message.delivery !== "failed") throw new AppError("not_failed", 409, "Only a reply that failed can be sent again.");
    const [updated] = await tx
      .update(messages)
      .set({
        delivery: "pending",
        nextAttemptAt: sql`now()`,
        deliveryAttempts: 0,
        leaseUntil: null,
        lastError: null,
        lastErrorCode: null,
        updatedAt: sql`now()`,
      })
      .where(and(eq(messages.id, messageId), eq(messages.delivery, "failed")))
      .returning();
    // The caller's record of the retry (the audit log) commits with it or not at all.
    if (inTransaction) await inTransaction(tx, updated);
    await publishEvents(tx, [
      { type: "message.updated", channelId: found.channelId, conversationId: found.message.conversationId, messageId, status: "pending" },
    ]);
    return updated;
  });
  wakeOutbox();
  return row;
}
