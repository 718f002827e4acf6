import { rules } from "@/lib/auth/route-rules";
import { withAgent } from "@/lib/api/handler";
import { createInboxContext } from "@/lib/inbox/context";
import { listConversations } from "@/lib/inbox/conversations";
import { listQueryOf } from "@/lib/inbox/conversation-query";
import type { ConversationsResponse } from "@/lib/inbox/types";

export const dynamic = "force-dynamic";

/** "All channels": one list across every channel the agent may see (the query applies the policy). */
export const GET = withAgent(rules.signedIn(), async (req, { agent }) => {
  const { filters, cursor } = listQueryOf(req);
  const result = await listConversations(await createInboxContext(agent), null, cursor, filters);
  return Response.json(result satisfies ConversationsResponse);
});
