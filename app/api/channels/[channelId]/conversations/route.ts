import { rules } from "@/lib/auth/route-rules";
import { uuidParam, withAgent } from "@/lib/api/handler";
import { createInboxContext } from "@/lib/inbox/context";
import { listConversations } from "@/lib/inbox/conversations";
import type { ConversationsResponse } from "@/lib/inbox/types";
import { notFound } from "@/lib/errors";

export const dynamic = "force-dynamic";

export const GET = withAgent<{ channelId: string }>(rules.channel(), async (req, { agent, params }) => {
  if (!uuidParam.safeParse(params.channelId).success) throw notFound("This channel");
  const cursor = new URL(req.url).searchParams.get("cursor");
  const result = await listConversations(await createInboxContext(agent), params.channelId, cursor);
  return Response.json(result satisfies ConversationsResponse);
});
