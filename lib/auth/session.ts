import "server-only";
import { getServerSession } from "next-auth";
import { getRuntime } from "@/lib/runtime/boot";
import { findAgentById, type AgentRole } from "./agents";
import { buildAuthOptions } from "./options";

export interface SessionAgent {
  id: string;
  email: string;
  name: string;
  role: AgentRole;
}

/**
 * The signed-in agent of this request, or null. The agent is read again from the database so
 * that a deactivated or deleted account loses access at once, whatever its cookie says.
 */
export async function getSessionAgent(): Promise<SessionAgent | null> {
  const runtime = await getRuntime();
  const session = await getServerSession(buildAuthOptions(runtime));
  const id = session?.user?.id;
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const agent = await findAgentById(runtime.db, id);
  if (!agent || !agent.active) return null;
  return { id: agent.id, email: agent.email, name: agent.name, role: agent.role };
}
