import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/policy";
import { requireSignedIn } from "./require-settings";
import { SettingsNav } from "./settings-nav";

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const agent = await requireSignedIn("/settings");
  const t = await getTranslations("settings.layout");
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <header className="flex h-12 shrink-0 items-center gap-3 border-b border-gray-200 bg-surface px-3 md:px-4">
        <Link href="/inbox" className="text-sm font-medium text-brand-dark hover:underline">
          {t("back")}
        </Link>
        <span className="font-semibold text-gray-900">{t("title")}</span>
        <span className="ml-auto truncate text-sm text-gray-500">{agent.name}</span>
      </header>
      <div className="mx-auto flex w-full max-w-5xl flex-1 flex-col gap-6 p-4 md:flex-row md:p-6">
        <SettingsNav admin={can.role(agent, "settings.manage")} />
        <main className="min-w-0 flex-1">{children}</main>
      </div>
    </div>
  );
}
