import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, withAgent } from "@/lib/api/handler";
import { getRuntime } from "@/lib/runtime/boot";
import { createAgentWithAccess, listAgents, type AgentAdminView } from "@/lib/teams/agents-admin";
import { agentCreateSchema } from "@/lib/validation/settings";

export const dynamic = "force-dynamic";

export interface AgentsResponse {
  agents: AgentAdminView[];
}
export interface AgentResponse {
  agent: AgentAdminView;
}

export const GET = withAgent(rules.role("settings.manage"), async () => {
  const { db } = await getRuntime();
  return Response.json({ agents: await listAgents(db) } satisfies AgentsResponse);
});

export const POST = withAgent(rules.role("settings.manage"), async (req, { agent }) => {
  const { db } = await getRuntime();
  const input = await parseJsonBody(req, agentCreateSchema, 64 * 1024);
  return Response.json({ agent: await createAgentWithAccess(db, agent, input) } satisfies AgentResponse, { status: 201 });
});
