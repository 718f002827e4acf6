"use client";

import { useTranslations } from "next-intl";
import type { ChannelView } from "@/lib/inbox/types";
import { degradedNotice } from "@/lib/format/degraded";
import { usePlatformLabel } from "./platform-badge";
import { useDisplayLocale } from "./use-display-locale";
import { useDisplayTimeZone } from "./use-display-time-zone";

/**
 * Says plainly that a channel's messages may be stale, instead of showing old data as if it
 * were current. The live region stays mounted so the change is announced both ways.
 */
export function DegradedBanner({ channel }: { channel: ChannelView | undefined }) {
  const health = channel?.health;
  const t = useTranslations("inbox.degraded");
  const platformLabel = usePlatformLabel();
  const options = { timeZone: useDisplayTimeZone(), locale: useDisplayLocale() };
  const words = { asOf: (values: { platform: string; time: string }) => t("asOf", values), never: (values: { platform: string }) => t("never", values) };
  return (
    <div role="status" className="shrink-0 empty:hidden">
      {channel && health?.degraded ? (
        <p className="border-b border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {degradedNotice(words, platformLabel(channel.platform), health.lastSyncedAt, options)}
        </p>
      ) : null}
    </div>
  );
}
