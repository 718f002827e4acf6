import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LiveEventsProvider } from "@/components/inbox/live-events-provider";
import { LiveStatus } from "@/components/inbox/live-status";
import { requireSupervisor } from "@/app/require-supervisor";

/** The wallboard's own frame: not the inbox's three panes, but the same live event stream. */
export default async function MonitorLayout({ children }: { children: React.ReactNode }) {
  const agent = await requireSupervisor("/monitor");
  const t = await getTranslations("monitor");
  return (
    <LiveEventsProvider agentId={agent.id}>
      <div className="flex min-h-0 flex-1 flex-col">
        <header className="flex h-12 shrink-0 items-center gap-3 border-b border-gray-200 bg-surface px-3 md:px-4 min-[1600px]:h-16">
          <Link href="/inbox" className="text-sm font-medium text-brand-dark hover:underline min-[1600px]:text-lg">
            {t("back")}
          </Link>
          <span className="font-semibold text-gray-900 min-[1600px]:text-xl">{t("title")}</span>
          <LiveStatus />
          <span className="ml-auto truncate text-sm text-gray-500 min-[1600px]:text-lg">{agent.name}</span>
        </header>
        {children}
      </div>
    </LiveEventsProvider>
  );
}
