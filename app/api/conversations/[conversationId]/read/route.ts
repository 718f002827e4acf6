import { rules } from "@/lib/auth/route-rules";
import { uuidParam, withAgent } from "@/lib/api/handler";
import { notFound } from "@/lib/errors";
import { createInboxContext } from "@/lib/inbox/context";
import { markConversationRead } from "@/lib/inbox/read-markers";
import type { MarkReadResponse } from "@/lib/inbox/types";

export const dynamic = "force-dynamic";

export const POST = withAgent<{ conversationId: string }>(rules.conversation("conversation.view"), async (_req, { agent, params }) => {
  if (!uuidParam.safeParse(params.conversationId).success) throw notFound("This conversation");
  const result = await markConversationRead(await createInboxContext(agent), params.conversationId);
  return Response.json(result satisfies MarkReadResponse);
});
