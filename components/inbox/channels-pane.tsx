"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { ErrorState } from "@/components/ui/error-state";
import { EmptyState } from "@/components/ui/empty-state";
import { ListSkeleton } from "@/components/ui/skeleton";
import { CHANNELS_PANE } from "./pane-classes";
import { PaneHeader } from "./pane-header";
import { PlatformBadge, platformInfo } from "./platform-badge";
import { channelHref, decodeParam } from "./route-params";
import { useChannels } from "./use-inbox-queries";

export function ChannelsPane() {
  const params = useParams<{ channelId?: string }>();
  const selected = decodeParam(params.channelId);
  const channels = useChannels();

  return (
    <div className={cn(CHANNELS_PANE, "flex-col bg-gray-50", selected ? "hidden md:flex" : "flex")}>
      <PaneHeader title="Channels" heading={false} />
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
            {channels.data.channels.map((channel) => {
              const current = channel.id === selected;
              return (
                <li key={channel.id}>
                  <Link
                    href={channelHref(channel.id)}
                    aria-current={current ? "page" : undefined}
                    className={cn(
                      "flex items-center gap-3 rounded-lg px-2 py-2.5",
                      current ? "bg-brand-light text-brand-dark" : "text-gray-800 hover:bg-gray-100",
                    )}
                  >
                    <PlatformBadge platform={channel.platform} />
                    <span className="flex min-w-0 flex-col">
                      <span className="truncate text-sm font-medium">{channel.name}</span>
                      <span className="truncate text-xs text-gray-500">{platformInfo(channel.platform).label}</span>
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </nav>
    </div>
  );
}
