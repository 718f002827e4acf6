import { z } from "zod";
import { withAgent } from "@/lib/api/handler";
import { rules } from "@/lib/auth/route-rules";
import { notFound } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime/boot";
import { markMentionRead } from "@/lib/teams/mentions";

export const dynamic = "force-dynamic";

const mentionId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export interface MentionReadResponse {
  conversationId: string;
  channelId: string;
}

/** Marks one of the agent's own mentions read: signed in is the rule, ownership is checked by the query (another's is 404). */
export const POST = withAgent<{ mentionId: string }>(rules.signedIn(), async (_req, { agent, params }) => {
  const id = mentionId.safeParse(params.mentionId);
  if (!id.success) throw notFound("This mention");
  const { db } = await getRuntime();
  return Response.json((await markMentionRead(db, agent.id, id.data)) satisfies MentionReadResponse);
});
