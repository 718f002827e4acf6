import { Suspense } from "react";
import { ReportsView } from "@/components/reports/reports-view";
import { getRuntime } from "@/lib/runtime/boot";
import { listAgents } from "@/lib/teams/agents-admin";
import { listChannelSettings } from "@/lib/teams/channel-settings";
import { listLabels } from "@/lib/teams/labels";
import { requireSupervisor } from "@/app/require-supervisor";

export default async function ReportsPage() {
  // Checked here too: a layout is not re-rendered on client navigation. Anyone but a supervisor
  // or admin gets the 403 page (no filter lists, no report code), as the API answers them 403.
  await requireSupervisor("/reports");
  const { db } = await getRuntime();
  const [channels, agents, labels] = await Promise.all([listChannelSettings(db), listAgents(db), listLabels(db)]);
  return (
    // useSearchParams below needs a Suspense boundary; the page renders per request, so it never shows.
    <Suspense>
      <ReportsView
        channels={channels.map((c) => ({ id: c.id, name: c.displayName ?? c.providerName }))}
        agents={agents.map((a) => ({ id: a.id, name: a.name }))}
        labels={labels.map((l) => ({ id: l.id, name: l.name }))}
      />
    </Suspense>
  );
}
