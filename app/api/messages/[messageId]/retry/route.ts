import { rules } from "@/lib/auth/route-rules";
import { z } from "zod";
import { withAgent } from "@/lib/api/handler";
import { createInboxContext } from "@/lib/inbox/context";
import { getConversation } from "@/lib/inbox/conversations";
import { toMessageViews } from "@/lib/inbox/thread";
import type { SendReplyResponse } from "@/lib/inbox/types";
import { notFound } from "@/lib/errors";
import { eq } from "drizzle-orm";
import { messages } from "@/lib/db/schema";
import { retryFailed } from "@/lib/outbox/retry";

export const dynamic = "force-dynamic";

type Params = { messageId: string };
const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Sends a failed reply again: 200 with it back in the queue; 404 unknown; 409 when it did not fail. */
export const POST = withAgent<Params>(rules.message("conversation.reply"), async (_req, { agent, params }) => {
  const parsed = idSchema.safeParse(params.messageId);
  if (!parsed.success) throw notFound("This reply");
  const ctx = await createInboxContext(agent);
  const [found] = await ctx.db.select({ conversationId: messages.conversationId }).from(messages).where(eq(messages.id, parsed.data));
  if (!found) throw notFound("This reply");
  // Authorises: the agent must be able to see the conversation.
  await getConversation(ctx, found.conversationId);
  const row = await retryFailed(ctx.db, parsed.data);
  const [message] = await toMessageViews(ctx.db, [row]);
  return Response.json({ message } satisfies SendReplyResponse);
});
