import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, withAgent } from "@/lib/api/handler";
import { getRuntime } from "@/lib/runtime/boot";
import { setConversationStatus, statusInputSchema } from "@/lib/teams/status";
import type { StatusResult } from "@/lib/teams/types";

export const dynamic = "force-dynamic";

/** Open, pending, resolved, or snoozed until a time within a year. */
export const PUT = withAgent<{ conversationId: string }>(rules.conversation("conversation.status"), async (req, { agent, scope }) => {
  const input = await parseJsonBody(req, statusInputSchema, 1024);
  const result = await setConversationStatus((await getRuntime()).db, agent, scope!, input);
  return Response.json(result satisfies StatusResult);
});
