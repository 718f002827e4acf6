import { withAgent } from "@/lib/api/handler";
import { rules } from "@/lib/auth/route-rules";
import { getRuntime } from "@/lib/runtime/boot";
import { listMentions, type MentionsResponse } from "@/lib/teams/mentions";

export const dynamic = "force-dynamic";

/** The signed-in agent's own mentions, newest first, with the unread count. */
export const GET = withAgent(rules.signedIn(), async (_req, { agent }) => {
  const { db } = await getRuntime();
  return Response.json((await listMentions(db, agent.id)) satisfies MentionsResponse);
});
