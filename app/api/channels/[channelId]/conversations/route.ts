import { rules } from "@/lib/auth/route-rules";
import { uuidParam, withAgent } from "@/lib/api/handler";
import { createInboxContext } from "@/lib/inbox/context";
import { listConversations } from "@/lib/inbox/conversations";
import { listQueryOf } from "@/lib/inbox/conversation-query";
import type { ConversationsResponse } from "@/lib/inbox/types";
import { markChannelWatched } from "@/lib/sync/watch";
import { notFound } from "@/lib/errors";

export const dynamic = "force-dynamic";

export const GET = withAgent<{ channelId: string }>(rules.channel(), async (req, { agent, params }) => {
  if (!uuidParam.safeParse(params.channelId).success) throw notFound("This channel");
  const { filters, cursor } = listQueryOf(req);
  const result = await listConversations(await createInboxContext(agent), params.channelId, cursor, filters);
  // Someone has this channel's list open: the poller keeps it hot (a no-op where nothing polls).
  markChannelWatched(params.channelId);
  return Response.json(result satisfies ConversationsResponse);
});
