import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSignedIn } from "./require-settings";
import { SettingsNav } from "./settings-nav";

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const agent = await requireSignedIn("/settings");
  const t = await getTranslations("settings.layout");
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <PageHeader back={t("back")} title={t("title")} agentName={agent.name} />
      <div className="mx-auto flex w-full max-w-5xl flex-1 flex-col gap-6 p-4 md:flex-row md:p-6">
        <SettingsNav admin={can.role(agent, "settings.manage")} />
        <main className="min-w-0 flex-1">{children}</main>
      </div>
    </div>
  );
}
