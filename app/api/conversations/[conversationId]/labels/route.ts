import { parseJsonBody, withAgent } from "@/lib/api/handler";
import { rules } from "@/lib/auth/route-rules";
import { AppError } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime/boot";
import { conversationLabelsSchema, labelsOf, setConversationLabels } from "@/lib/teams/conversation-labels";
import type { LabelView } from "@/lib/teams/labels";

export const dynamic = "force-dynamic";

type Params = { conversationId: string };

export interface ConversationLabelsResponse {
  labels: LabelView[];
}

export const GET = withAgent<Params>(rules.conversation("conversation.view"), async (_req, { scope }) => {
  if (!scope) throw new AppError("internal", 500, "The conversation was not loaded.");
  const { db } = await getRuntime();
  return Response.json({ labels: await labelsOf(db, scope.conversationId) } satisfies ConversationLabelsResponse);
});

/** Replaces the conversation's labels with the given set. */
export const PUT = withAgent<Params>(rules.conversation("conversation.label"), async (req, { agent, scope }) => {
  if (!scope) throw new AppError("internal", 500, "The conversation was not loaded.");
  const { labelIds } = await parseJsonBody(req, conversationLabelsSchema);
  const { db } = await getRuntime();
  const labels = await setConversationLabels(db, agent, scope, labelIds);
  return Response.json({ labels } satisfies ConversationLabelsResponse);
});
