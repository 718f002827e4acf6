import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireSignedIn } from "@/app/(settings)/settings/require-settings";

/** The reports have a page of their own (no inbox panes, no event stream), with a way back. */
export default async function ReportsLayout({ children }: { children: React.ReactNode }) {
  const agent = await requireSignedIn("/reports");
  const t = await getTranslations("reports");
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <header className="flex h-12 shrink-0 items-center gap-3 border-b border-gray-200 bg-surface px-3 md:px-4">
        <Link href="/inbox" className="text-sm font-medium text-brand-dark hover:underline">
          {t("back")}
        </Link>
        <span className="font-semibold text-gray-900">{t("title")}</span>
        <span className="ml-auto truncate text-sm text-gray-500">{agent.name}</span>
      </header>
      {children}
    </div>
  );
}
