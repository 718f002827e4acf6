import "server-only";
import { and, asc, eq, inArray, isNull, or, gt, sql } from "drizzle-orm";
import type { ProviderMessage } from "@/lib/afilnet/types";
import type { DbExecutor } from "@/lib/db/client";
import { messages } from "@/lib/db/schema";

/** How far the provider's datetime may be from when the reply was written here. */
const WINDOW_MS = 5 * 60_000;

export interface LinkedReply {
  id: number;
  providerStatus: string;
  sentAt: Date;
}

/**
 * The provider's copies of replies written here carry ids the mirror has not seen: give each to
 * the oldest stored reply with the same text (a file: its caption, or its URL without one) that
 * has no provider id yet, instead of storing the reply twice. One copy, one reply: two identical
 * replies sent on purpose link to two copies. A pending reply is linked only once it was tried,
 * so a copy written elsewhere (the provider's own panel) is not taken for an unsent reply.
 */
export async function linkOutboundCopies(tx: DbExecutor, conversationId: string, fresh: ProviderMessage[]): Promise<Map<string, LinkedReply>> {
  const linked = new Map<string, LinkedReply>();
  const outbound = fresh.filter((m) => m.direction === "outbound");
  if (outbound.length === 0) return linked;
  const texts = [...new Set(outbound.map((m) => m.text))];
  const candidates = await tx
    .select({ id: messages.id, body: messages.body, fileUrl: messages.fileUrl, createdAt: messages.createdAt })
    .from(messages)
    .where(
      and(
        eq(messages.conversationId, conversationId),
        eq(messages.direction, "outbound"),
        isNull(messages.providerMessageId),
        or(eq(messages.delivery, "sent"), and(inArray(messages.delivery, ["pending", "sending"]), gt(messages.deliveryAttempts, 0))),
        sql`(case when ${messages.body} <> '' then ${messages.body} else coalesce(${messages.fileUrl}, '') end) in ${texts}`,
      ),
    )
    .orderBy(asc(messages.id))
    .for("update");
  const taken = new Set<number>();
  for (const m of outbound) {
    const match = candidates.find(
      (c) =>
        !taken.has(c.id) &&
        (c.body.length > 0 ? c.body : c.fileUrl ?? "") === m.text &&
        Math.abs(c.createdAt.getTime() - m.sentAt.getTime()) <= WINDOW_MS,
    );
    if (!match) continue;
    taken.add(match.id);
    await tx
      .update(messages)
      .set({
        providerMessageId: m.messageId,
        providerStatus: m.status,
        sentAt: m.sentAt,
        delivery: "sent",
        leaseUntil: null,
        lastError: null,
        lastErrorCode: null,
        updatedAt: sql`now()`,
      })
      .where(eq(messages.id, match.id));
    linked.set(m.messageId, { id: match.id, providerStatus: m.status, sentAt: m.sentAt });
  }
  return linked;
}
