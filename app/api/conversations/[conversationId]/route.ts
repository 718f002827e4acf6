import { rules } from "@/lib/auth/route-rules";
import { uuidParam, withAgent } from "@/lib/api/handler";
import { notFound } from "@/lib/errors";
import { createInboxContext } from "@/lib/inbox/context";
import { getConversation } from "@/lib/inbox/conversations";
import type { ConversationResponse } from "@/lib/inbox/types";

export const dynamic = "force-dynamic";

export const GET = withAgent<{ conversationId: string }>(rules.conversation("conversation.view"), async (_req, { agent, params }) => {
  if (!uuidParam.safeParse(params.conversationId).success) throw notFound("This conversation");
  const { view } = await getConversation(await createInboxContext(agent), params.conversationId);
  return Response.json({ conversation: view } satisfies ConversationResponse);
});
