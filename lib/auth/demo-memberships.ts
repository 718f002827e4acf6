import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { agents, channelMembers } from "@/lib/db/schema";
import { DEMO_CHANNEL_WITHOUT_AGENT } from "./demo-accounts";

/**
 * Sandbox mode: each newly mirrored channel gets the demo agents (role agent) as members, except
 * DEMO_CHANNEL_WITHOUT_AGENT. Only when a channel is first added, so an admin's later changes to
 * memberships stand.
 */
export async function grantDemoMemberships(tx: DbExecutor, added: { id: string; platform: string; platformId: string }[]): Promise<void> {
  const granted = added.filter(
    (c) => !(c.platform === DEMO_CHANNEL_WITHOUT_AGENT.platform && c.platformId === DEMO_CHANNEL_WITHOUT_AGENT.platformId),
  );
  if (granted.length === 0) return;
  const demoAgents = await tx
    .select({ id: agents.id })
    .from(agents)
    .where(and(eq(agents.isDemo, true), eq(agents.role, "agent"), eq(agents.active, true)));
  if (demoAgents.length === 0) return;
  await tx
    .insert(channelMembers)
    .values(demoAgents.flatMap((a) => granted.map((c) => ({ agentId: a.id, channelId: c.id }))))
    .onConflictDoNothing();
}
