import { getTranslations } from "next-intl/server";
import { ActivityReporter } from "@/components/inbox/activity-reporter";
import { ChannelsPane } from "@/components/inbox/channels-pane";
import { CommandPaletteTrigger } from "@/components/inbox/command-palette-trigger";
import { FileLimitsProvider } from "@/components/inbox/file-limits";
import { InboxHeader } from "@/components/inbox/inbox-header";
import { InTabAlerts } from "@/components/inbox/in-tab-alerts";
import { KeyboardShortcuts } from "@/components/inbox/keyboard-shortcuts";
import { LiveEventsProvider } from "@/components/inbox/live-events-provider";
import { SignedInAgentProvider } from "@/components/inbox/signed-in-agent";
import { UnreadDocumentBadge } from "@/components/inbox/unread-document-badge";
import { getRuntime } from "@/lib/runtime/boot";
import { getAlertMode } from "@/lib/teams/alert-mode";
import { Prefetched, prefetchChannels, serverQueryClient } from "./prefetch";
import { requireAgent } from "./require-agent";

export default async function InboxLayout({ children }: { children: React.ReactNode }) {
  const agent = await requireAgent("/inbox");
  const { config, db } = await getRuntime();
  const queries = serverQueryClient();
  const [alertMode, t] = await Promise.all([getAlertMode(db, agent.id), getTranslations("inbox.shell"), prefetchChannels(queries, agent)]);
  // Above everything that reads the channels (the unread badge too): while rendering, hydration
  // fills only queries nobody has asked for yet; the rest wait for an effect the server never runs.
  // No loading.tsx below: its streamed fallback would be what the first HTML shows.
  return (
    <Prefetched client={queries}>
      {/* One event stream per tab, shared by every pane below; it closes when the inbox is left. */}
      <LiveEventsProvider agentId={agent.id}>
        <UnreadDocumentBadge />
        <ActivityReporter />
        <div className="flex min-h-0 flex-1 flex-col">
          <InboxHeader agent={agent} />
          <InTabAlerts alertMode={alertMode} />
          <KeyboardShortcuts />
          <CommandPaletteTrigger />
          <main className="flex min-h-0 flex-1">
            <h1 className="sr-only">{t("heading")}</h1>
            <ChannelsPane />
            <FileLimitsProvider limits={config.fileLimits}>
              <SignedInAgentProvider agent={{ id: agent.id, name: agent.name }}>{children}</SignedInAgentProvider>
            </FileLimitsProvider>
          </main>
        </div>
      </LiveEventsProvider>
    </Prefetched>
  );
}
