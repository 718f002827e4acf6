import { rules } from "@/lib/auth/route-rules";
import { uuidParam, withAgent } from "@/lib/api/handler";
import { notFound } from "@/lib/errors";
import { createInboxContext } from "@/lib/inbox/context";
import { markConversationRead } from "@/lib/inbox/read-markers";
import type { MarkReadResponse } from "@/lib/inbox/types";
import { isSilentViewer } from "@/lib/teams/silent-view";

export const dynamic = "force-dynamic";

/**
 * Marks the conversation read for the signed-in agent. A supervisor viewing it silently moves no
 * marker: answered 204 and ignored rather than refused, so a stale client (or a tab open when
 * the choice was made) gets no error for something harmless it did not mean to do.
 */
export const POST = withAgent<{ conversationId: string }>(rules.conversation("conversation.view"), async (_req, { agent, params, scope }) => {
  if (!uuidParam.safeParse(params.conversationId).success) throw notFound("This conversation");
  const ctx = await createInboxContext(agent);
  if (scope && (await isSilentViewer(ctx.db, agent, scope))) return new Response(null, { status: 204 });
  const result = await markConversationRead(ctx, params.conversationId);
  return Response.json(result satisfies MarkReadResponse);
});
