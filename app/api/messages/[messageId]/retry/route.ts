import { withAgent } from "@/lib/api/handler";
import { rules } from "@/lib/auth/route-rules";
import { createInboxContext } from "@/lib/inbox/context";
import { toMessageViews } from "@/lib/inbox/thread";
import type { SendReplyResponse } from "@/lib/inbox/types";
import { retryFailed } from "@/lib/outbox/retry";
import { recordAudit } from "@/lib/teams/audit";

export const dynamic = "force-dynamic";

type Params = { messageId: string };

/**
 * Sends a failed reply again: 200 with it back in the queue; 404 unknown (or not a reply); 409
 * when it did not fail. The rule has loaded the message's conversation and checked the agent
 * may reply there.
 */
export const POST = withAgent<Params>(rules.message("conversation.reply"), async (_req, { agent, params }) => {
  const ctx = await createInboxContext(agent);
  const messageId = Number(params.messageId);
  const row = await retryFailed(ctx.db, messageId, (tx, retried) =>
    recordAudit(tx, {
      actor: { id: agent.id, email: agent.email },
      kind: "message.retry",
      target: { type: "message", id: String(messageId) },
      before: { delivery: "failed" },
      after: { delivery: retried.delivery, conversationId: retried.conversationId },
    }),
  );
  const [message] = await toMessageViews(ctx.db, [row]);
  return Response.json({ message } satisfies SendReplyResponse);
});
