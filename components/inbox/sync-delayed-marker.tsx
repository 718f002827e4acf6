"use client";

import { useTranslations } from "next-intl";
import { formatFullTime } from "@/lib/format/time";
import { useDisplayLocale } from "./use-display-locale";
import { useDisplayTimeZone } from "./use-display-time-zone";

/** A degraded channel in the channel list: a warning sign and the words, under its name. */
export function SyncDelayedMarker({ lastSyncedAt }: { lastSyncedAt: string | null }) {
  const t = useTranslations("inbox.sync");
  const options = { timeZone: useDisplayTimeZone(), locale: useDisplayLocale() };
  const since = lastSyncedAt ? t("lastSynced", { time: formatFullTime(lastSyncedAt, options) }) : t("never");
  return (
    <span title={since} className="inline-flex min-w-0 items-center gap-1 text-xs font-medium text-amber-700">
      <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className="size-3.5 shrink-0">
        <path
          fillRule="evenodd"
          d="M8.485 2.495c.673-1.167 2.357-1.167 3.03 0l6.28 10.875c.673 1.167-.17 2.625-1.516 2.625H3.72c-1.347 0-2.189-1.458-1.515-2.625L8.485 2.495ZM10 5a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 10 5Zm0 9a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
          clipRule="evenodd"
        />
      </svg>
      <span className="truncate">{t("delayed")}</span>
    </span>
  );
}
