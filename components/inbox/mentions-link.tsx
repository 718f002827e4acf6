"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";
import { UnreadBadge } from "./unread-badge";
import { useMentions } from "./use-team-queries";

export const MENTIONS_HREF = "/inbox/mentions";

/** The channels pane's entry to the agent's mentions, with its unread count. */
export function MentionsLink() {
  const t = useTranslations("inbox.channels");
  const current = usePathname() === MENTIONS_HREF;
  const unread = useMentions().data?.unreadCount ?? 0;
  return (
    <Link
      href={MENTIONS_HREF}
      aria-current={current ? "page" : undefined}
      className={cx(
        "mx-2 mt-2 flex items-center gap-3 rounded-lg px-2 py-2 text-sm",
        current ? "bg-brand-light text-brand-dark" : "text-gray-800 hover:bg-gray-100",
        unread > 0 ? "font-semibold" : "font-medium",
      )}
    >
      <span aria-hidden="true" className="inline-flex size-8 items-center justify-center rounded-lg bg-amber-100 text-amber-900">
        @
      </span>
      <span className="flex-1">{t("mentions")}</span>
      <UnreadBadge count={unread} />
    </Link>
  );
}
