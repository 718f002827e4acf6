"use client";

import Link from "next/link";
import { cx } from "@/components/ui/cx";
import type { ChannelView } from "@/lib/inbox/types";
import { PlatformBadge, usePlatformLabel } from "./platform-badge";
import { channelHref } from "./route-params";
import { SyncDelayedMarker } from "./sync-delayed-marker";
import { UnreadBadge } from "./unread-badge";

export function ChannelListItem({ channel, current }: { channel: ChannelView; current: boolean }) {
  const platformLabel = usePlatformLabel();
  return (
    <li>
      <Link
        href={channelHref(channel.id)}
        aria-current={current ? "page" : undefined}
        className={cx(
          "flex items-center gap-3 rounded-lg px-2 py-2.5",
          current ? "bg-brand-light text-brand-dark" : "text-gray-800 hover:bg-gray-100",
        )}
      >
        <PlatformBadge platform={channel.platform} />
        <span className="flex min-w-0 flex-1 flex-col">
          <span className={cx("truncate text-sm", channel.unreadCount > 0 ? "font-semibold" : "font-medium")}>
            {channel.name}
          </span>
          {channel.health.degraded ? (
            <SyncDelayedMarker lastSyncedAt={channel.health.lastSyncedAt} />
          ) : (
            <span className="truncate text-xs text-gray-600">{platformLabel(channel.platform)}</span>
          )}
        </span>
        <UnreadBadge count={channel.unreadCount} />
      </Link>
    </li>
  );
}
