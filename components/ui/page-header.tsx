import Link from "next/link";

/**
 * The bar atop a page of its own (settings, reports): the way back to the inbox, the page's
 * name and who is signed in. A server component: it ships no JavaScript.
 */
export function PageHeader({ back, title, agentName }: { back: string; title: string; agentName: string }) {
  return (
    <header className="flex h-12 shrink-0 items-center gap-3 border-b border-gray-200 bg-surface px-3 md:px-4">
      <Link href="/inbox" className="text-sm font-medium text-brand-dark hover:underline">
        {back}
      </Link>
      <span className="font-semibold text-gray-900">{title}</span>
      <span className="ml-auto truncate text-sm text-gray-500">{agentName}</span>
    </header>
  );
}
