import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { ReportsView } from "@/components/reports/reports-view";
import { can } from "@/lib/auth/policy";
import { getRuntime } from "@/lib/runtime/boot";
import { listAgents } from "@/lib/teams/agents-admin";
import { listChannelSettings } from "@/lib/teams/channel-settings";
import { listLabels } from "@/lib/teams/labels";
import { requireSignedIn } from "@/app/(settings)/settings/require-settings";

export default async function ReportsPage() {
  // Checked here too: a layout is not re-rendered on client navigation.
  const agent = await requireSignedIn("/reports");
  const t = await getTranslations("reports");
  // An agent sees the refusal and nothing else: no filter lists, no report code. (Next's
  // forbidden() would also set the 403 status but is still behind an experimental flag; the API
  // answers 403 itself.)
  if (!can.role(agent, "reports.view")) {
    return (
      <main className="flex flex-1 flex-col">
        <h1 className="sr-only">{t("title")}</h1>
        <EmptyState>{t("refused")}</EmptyState>
      </main>
    );
  }
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
