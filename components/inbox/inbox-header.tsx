import Link from "next/link";
import { LiveStatus } from "./live-status";
import { SignOutButton } from "./sign-out-button";

const ROLE_LABELS: Record<string, string> = { admin: "Admin", supervisor: "Supervisor", agent: "Agent" };

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
        <p className="hidden min-w-0 text-right text-sm leading-tight sm:block" title={agent.email}>
          <span className="block truncate font-medium text-gray-900">{agent.name}</span>
          <span className="block truncate text-xs text-gray-500">{ROLE_LABELS[agent.role] ?? agent.role}</span>
        </p>
        <SignOutButton />
      </div>
    </header>
  );
}
