import type { ChannelView } from "@/lib/inbox/types";
import { degradedNotice } from "@/lib/format/degraded";
import { platformInfo } from "./platform-badge";
import { useDisplayTimeZone } from "./use-display-time-zone";

/**
 * Says plainly that a channel's messages may be stale, instead of showing old data as if it
 * were current. The live region stays mounted so the change is announced both ways.
 */
export function DegradedBanner({ channel }: { channel: ChannelView | undefined }) {
  const health = channel?.health;
  const timeZone = useDisplayTimeZone();
  return (
    <div role="status" className="shrink-0 empty:hidden">
      {channel && health?.degraded ? (
        <p className="border-b border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {degradedNotice(platformInfo(channel.platform).label, health.lastSyncedAt, { timeZone })}
        </p>
      ) : null}
    </div>
  );
}
