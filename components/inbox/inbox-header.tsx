import Link from "next/link";
import { useTranslations } from "next-intl";
import { can, type Actor } from "@/lib/auth/policy";
import { isLocale } from "@/lib/i18n/locales";
import { AccountMenu, type AccountMenuAgent } from "./account-menu";
import { LiveStatus } from "./live-status";
import { OwnPresence } from "./own-presence";
import { SearchBox } from "@/components/search/search-box";

const NAV_LINK = "shrink-0 rounded-md px-1.5 py-1 text-sm font-medium text-gray-700 hover:bg-gray-100 md:px-2";

export function InboxHeader({ agent }: { agent: Omit<AccountMenuAgent, "locale" | "role"> & Actor & { locale: string | null } }) {
  // A server component: the link costs the inbox's first-load JS nothing.
  const monitor = useTranslations("monitor");
  const reports = useTranslations("reports");
  return (
    <header className="flex h-12 shrink-0 items-center gap-3 border-b border-gray-200 bg-surface px-3 md:px-4">
      <Link href="/inbox" className="flex items-center gap-2 font-semibold text-gray-900">
        <span aria-hidden="true" className="inline-flex size-7 items-center justify-center rounded-lg bg-brand text-sm text-white">
          S
        </span>
        {/* On a phone the header needs the room: the name stays for screen readers. */}
        <span className="max-sm:sr-only">Switchboard</span>
      </Link>
      <LiveStatus />
      <SearchBox />
      <div className="ml-auto flex min-w-0 items-center gap-2">
        {can.role(agent, "reports.view") && (
          <>
            <Link href="/monitor" className={NAV_LINK}>
              {monitor("title")}
            </Link>
            <Link href="/reports" className={NAV_LINK}>
              {reports("title")}
            </Link>
          </>
        )}
        <OwnPresence />
        {/* Only what the menu shows: the session row's id and channel list stay on the server. */}
        <AccountMenu agent={{ name: agent.name, email: agent.email, role: agent.role, theme: agent.theme, locale: isLocale(agent.locale) ? agent.locale : null }} />
      </div>
    </header>
  );
}
