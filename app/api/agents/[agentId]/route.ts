import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, uuidParam, withAgent } from "@/lib/api/handler";
import { notFound } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime/boot";
import { updateAgent } from "@/lib/teams/agent-update";
import { agentUpdateSchema } from "@/lib/validation/settings";
import type { AgentResponse } from "../route";

export const dynamic = "force-dynamic";

/** Role, channels, capacity, name, active, or a new password: any subset. */
export const PATCH = withAgent<{ agentId: string }>(rules.role("settings.manage"), async (req, { agent, params }) => {
  const id = uuidParam.safeParse(params.agentId);
  if (!id.success) throw notFound("This agent");
  const { db } = await getRuntime();
  const input = await parseJsonBody(req, agentUpdateSchema, 64 * 1024);
  return Response.json({ agent: await updateAgent(db, agent, id.data, input) } satisfies AgentResponse);
});
