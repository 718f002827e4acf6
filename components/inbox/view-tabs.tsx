"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { ConversationFilters, ConversationViewName } from "@/lib/inbox/conversation-filters";
import type { ConversationCountsResponse } from "@/lib/inbox/types";

const TABS: ConversationViewName[] = ["mine", "unassigned", "all"];

/** Mine / Unassigned / All, each with its count for the chosen channel and status. */
export function ViewTabs({
  filters,
  counts,
  hrefOf,
}: {
  filters: ConversationFilters;
  counts: ConversationCountsResponse | undefined;
  hrefOf: (change: Partial<ConversationFilters>) => string;
}) {
  const t = useTranslations("inbox.tabs");
  const format = useFormatter();
  return (
    <div role="tablist" aria-label={t("label")} className="flex gap-1 px-2 pt-2">
      {TABS.map((view) => {
        const selected = filters.view === view;
        return (
          <Link
            key={view}
            role="tab"
            aria-selected={selected}
            href={hrefOf({ view })}
            scroll={false}
            replace={false}
            className={cn(
              "flex flex-1 items-center justify-center gap-1.5 rounded-md px-2 py-1.5 text-sm",
              selected ? "bg-brand-light font-semibold text-brand-dark" : "text-gray-700 hover:bg-gray-100",
            )}
          >
            {/* The space makes the accessible name "Mine 3", not "Mine3". */}
            {t(view)}{" "}
            <span className={cn("tabular-nums text-xs", selected ? "text-brand-dark" : "text-gray-500")}>
              {counts ? format.number(counts[view]) : "…"}
            </span>
          </Link>
        );
      })}
    </div>
  );
}
