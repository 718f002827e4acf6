import { z } from "zod";
import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, withAgent } from "@/lib/api/handler";
import { getRuntime } from "@/lib/runtime/boot";
import { assignConversation } from "@/lib/teams/assignment";
import type { AssignResult } from "@/lib/teams/types";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ assigneeId: z.uuid({ message: "Choose an agent." }).nullable() }).strict();

/** Assigns the conversation (null = unassign); who may give it to whom is decideAssign's answer. */
export const PUT = withAgent<{ conversationId: string }>(rules.conversation("conversation.view"), async (req, { agent, scope }) => {
  const { assigneeId } = await parseJsonBody(req, bodySchema, 1024);
  const result = await assignConversation((await getRuntime()).db, agent, scope!, assigneeId);
  return Response.json(result satisfies AssignResult);
});
