import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireSupervisor } from "@/app/require-supervisor";

/** The reports have a page of their own (no inbox panes, no event stream), with a way back. */
export default async function ReportsLayout({ children }: { children: React.ReactNode }) {
  const agent = await requireSupervisor("/reports");
  const t = await getTranslations("reports");
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <PageHeader back={t("back")} title={t("title")} agentName={agent.name} />
      {children}
    </div>
  );
}
