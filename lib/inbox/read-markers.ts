import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { channelReads, conversations, readMarkers } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { publishEvents } from "@/lib/events/publish";
import type { InboxContext } from "./context";
import type { MarkReadResponse } from "./types";

/**
 * Marks every inbound message of a conversation read for this agent only. The agent's channel
 * sum moves by the same delta, so channel badges stay a subtraction, never a count over rows.
 */
export async function markConversationRead(ctx: Pick<InboxContext, "db" | "agent">, conversationId: string): Promise<MarkReadResponse> {
  const agentId = ctx.agent.id;
  return ctx.db.transaction(async (tx) => {
    const [conversation] = await tx
      .select({ channelId: conversations.channelId, inboundCount: conversations.inboundCount })
      .from(conversations)
      .where(eq(conversations.id, conversationId))
      .limit(1);
    if (!conversation) throw notFound("This conversation");
    // Lock the agent's marker so two tabs marking at once cannot both add the same delta.
    const [marker] = await tx
      .select({ readInboundCount: readMarkers.readInboundCount })
      .from(readMarkers)
      .where(and(eq(readMarkers.agentId, agentId), eq(readMarkers.conversationId, conversationId)))
      .for("update");
    const previous = marker?.readInboundCount ?? 0;
    const delta = conversation.inboundCount - previous;
    await tx
      .insert(readMarkers)
      .values({ agentId, conversationId, channelId: conversation.channelId, readInboundCount: conversation.inboundCount })
      .onConflictDoUpdate({
        target: [readMarkers.agentId, readMarkers.conversationId],
        set: { readInboundCount: conversation.inboundCount, readAt: sql`now()` },
      });
    const [sum] = await tx
      .insert(channelReads)
      .values({ agentId, channelId: conversation.channelId, readInboundSum: Math.max(0, delta) })
      .onConflictDoUpdate({
        target: [channelReads.agentId, channelReads.channelId],
        set: { readInboundSum: sql`${channelReads.readInboundSum} + ${delta}` },
      })
      .returning({ readInboundSum: channelReads.readInboundSum });
    const result: MarkReadResponse = {
      conversationId,
      channelId: conversation.channelId,
      readInboundCount: conversation.inboundCount,
      channelReadInboundSum: Number(sum.readInboundSum),
    };
    if (delta !== 0) await publishEvents(tx, [{ type: "conversation.read", agentId, ...result }]);
    return result;
  });
}
