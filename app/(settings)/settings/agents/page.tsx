import { getRuntime } from "@/lib/runtime/boot";
import { listAgents } from "@/lib/teams/agents-admin";
import { listChannelSettings } from "@/lib/teams/channel-settings";
import { requireAdmin } from "../require-settings";
import { AgentsPanel } from "./agents-panel";

export default async function AgentsPage() {
  const me = await requireAdmin("/settings/agents");
  const { db } = await getRuntime();
  const [agents, channels] = await Promise.all([listAgents(db), listChannelSettings(db)]);
  return <AgentsPanel meId={me.id} agents={agents} channels={channels.map((c) => ({ id: c.id, name: c.displayName ?? c.providerName }))} />;
}
