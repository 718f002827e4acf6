import { rules, enforce } from "@/lib/auth/route-rules";
import { withAgent } from "@/lib/api/handler";
import { decideChannel } from "@/lib/auth/policy";
import { createInboxContext } from "@/lib/inbox/context";
import { countConversations } from "@/lib/inbox/conversation-counts";
import { countsQueryOf } from "@/lib/inbox/conversation-query";
import type { ConversationCountsResponse } from "@/lib/inbox/types";

export const dynamic = "force-dynamic";

/**
 * The view tabs' counts. The channel is a search param (absent = all channels), so the policy is
 * asked here, as rules.channel() does for a path param: 403 for a channel the agent may not see.
 */
export const GET = withAgent(rules.signedIn(), async (req, { agent }) => {
  const { status, channelId } = countsQueryOf(req);
  if (channelId !== null) enforce(decideChannel(agent, channelId));
  const counts = await countConversations(await createInboxContext(agent), channelId, status);
  return Response.json(counts satisfies ConversationCountsResponse);
});
