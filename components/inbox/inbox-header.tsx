import Link from "next/link";
import { AccountMenu } from "./account-menu";
import { LiveStatus } from "./live-status";

export function InboxHeader({ agent }: { agent: { name: string; email: string; role: string } }) {
  return (
    <header className="flex h-12 shrink-0 items-center gap-3 border-b border-gray-200 bg-white px-3 md:px-4">
      <Link href="/inbox" className="flex items-center gap-2 font-semibold text-gray-900">
        <span aria-hidden="true" className="inline-flex size-7 items-center justify-center rounded-lg bg-brand text-sm text-white">
          S
        </span>
        Switchboard
      </Link>
      <LiveStatus />
      <div className="ml-auto flex min-w-0 items-center gap-2">
        <AccountMenu agent={agent} />
      </div>
    </header>
  );
}
