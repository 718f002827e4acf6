"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useParams, usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";
import { ErrorState } from "@/components/ui/error-state";
import { EmptyState } from "@/components/ui/empty-state";
import { ListSkeleton } from "@/components/ui/skeleton";
import { ChannelListItem } from "./channel-list-item";
import { MENTIONS_HREF, MentionsLink } from "./mentions-link";
import { CHANNELS_PANE } from "./pane-classes";
import { PaneHeader } from "./pane-header";
import { decodeParam } from "./route-params";
import { useChannels } from "./use-inbox-queries";

const ALL_CHANNELS_HREF = "/inbox/all";

export function ChannelsPane() {
  const t = useTranslations("inbox.channels");
  const params = useParams<{ channelId?: string }>();
  // On a phone the pane gives way to whatever is open: a channel, or the mentions.
  const pathname = usePathname();
  const selected = decodeParam(params.channelId) ?? (pathname === MENTIONS_HREF ? "mentions" : undefined);
  const allSelected = pathname === ALL_CHANNELS_HREF;
  const channels = useChannels();

  return (
    // On a phone only the deepest pane shows: a chosen channel (or "All channels") hides this one.
    <div className={cx(CHANNELS_PANE, "flex-col bg-gray-50", selected || allSelected ? "hidden md:flex" : "flex")}>
      <PaneHeader title={t("title")} heading={false} />
      <MentionsLink />
      <nav aria-label={t("title")} className="min-h-0 flex-1 overflow-y-auto">
        {!channels.data ? (
          channels.isError ? (
            <ErrorState message={channels.error.message} onRetry={() => void channels.refetch()} />
          ) : (
            <ListSkeleton rows={4} label={t("loading")} />
          )
        ) : channels.data.channels.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ul className="flex flex-col gap-0.5 p-2">
            <li>
              <Link
                href={ALL_CHANNELS_HREF}
                aria-current={allSelected ? "page" : undefined}
                className={cx(
                  "flex items-center rounded-lg px-2 py-2.5 text-sm font-medium",
                  allSelected ? "bg-brand-light text-brand-dark" : "text-gray-800 hover:bg-gray-100",
                )}
              >
                {t("all")}
              </Link>
            </li>
            {channels.data.channels.map((channel) => (
              <ChannelListItem key={channel.id} channel={channel} current={channel.id === selected} />
            ))}
          </ul>
        )}
      </nav>
    </div>
  );
}
