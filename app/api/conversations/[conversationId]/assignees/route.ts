import { rules } from "@/lib/auth/route-rules";
import { withAgent } from "@/lib/api/handler";
import { getRuntime } from "@/lib/runtime/boot";
import { assigneeName, listAssignees, timeZoneOf } from "@/lib/teams/assignees";
import type { AssigneesResponse } from "@/lib/teams/types";

export const dynamic = "force-dynamic";

export const GET = withAgent<{ conversationId: string }>(rules.conversation("conversation.view"), async (_req, { agent, scope }) => {
  const { db } = await getRuntime();
  const [agents, assignee, timeZone] = await Promise.all([listAssignees(db, agent, scope!), assigneeName(db, scope!.assigneeId), timeZoneOf(db, agent.id)]);
  return Response.json({ agents, assignee, viewer: { id: agent.id, timeZone } } satisfies AssigneesResponse);
});
