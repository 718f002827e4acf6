"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { filterParams, readFilters } from "@/lib/inbox/conversation-filters";

/**
 * Phone-only way up one level; on desktop the parent pane is already on screen. Back to a
 * conversation list keeps the list's view (tab, status, filters) from the URL.
 */
export function BackLink({ href }: { href: string }) {
  const t = useTranslations("inbox.shell");
  const view = filterParams(readFilters(useSearchParams())).toString();
  return (
    <Link
      href={view && href.startsWith("/inbox/") ? `${href}?${view}` : href}
      aria-label={t("back")}
      // How Escape finds it whatever the language (keyboard-shortcuts.tsx).
      data-shortcut="back"
      className="-ml-1 inline-flex size-10 shrink-0 items-center justify-center rounded-full text-gray-700 hover:bg-gray-100 md:hidden"
    >
      <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className="size-5">
        <path
          fillRule="evenodd"
          d="M12.79 5.23a.75.75 0 0 1-.02 1.06L8.83 10l3.94 3.71a.75.75 0 1 1-1.04 1.08l-4.5-4.25a.75.75 0 0 1 0-1.08l4.5-4.25a.75.75 0 0 1 1.06.02Z"
          clipRule="evenodd"
        />
      </svg>
    </Link>
  );
}
