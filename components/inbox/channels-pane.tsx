"use client";

import { useParams, usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { ErrorState } from "@/components/ui/error-state";
import { EmptyState } from "@/components/ui/empty-state";
import { ListSkeleton } from "@/components/ui/skeleton";
import { ChannelListItem } from "./channel-list-item";
import { MENTIONS_HREF, MentionsLink } from "./mentions-link";
import { CHANNELS_PANE } from "./pane-classes";
import { PaneHeader } from "./pane-header";
import { decodeParam } from "./route-params";
import { useChannels } from "./use-inbox-queries";

export function ChannelsPane() {
  const params = useParams<{ channelId?: string }>();
  // On a phone the pane gives way to whatever is open: a channel, or the mentions.
  const pathname = usePathname();
  const selected = decodeParam(params.channelId) ?? (pathname === MENTIONS_HREF ? "mentions" : undefined);
  const channels = useChannels();

  return (
    <div className={cn(CHANNELS_PANE, "flex-col bg-gray-50", selected ? "hidden md:flex" : "flex")}>
      <PaneHeader title="Channels" heading={false} />
      <MentionsLink />
      <nav aria-label="Channels" className="min-h-0 flex-1 overflow-y-auto">
        {!channels.data ? (
          channels.isError ? (
            <ErrorState message={channels.error.message} onRetry={() => void channels.refetch()} />
          ) : (
            <ListSkeleton rows={4} label="Loading channels" />
          )
        ) : channels.data.channels.length === 0 ? (
          <EmptyState>No channels yet. They appear here once the provider lists them.</EmptyState>
        ) : (
          <ul className="flex flex-col gap-0.5 p-2">
            {channels.data.channels.map((channel) => (
              <ChannelListItem key={channel.id} channel={channel} current={channel.id === selected} />
            ))}
          </ul>
        )}
      </nav>
    </div>
  );
}
