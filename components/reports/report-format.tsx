"use client";

import { useFormatter, useLocale } from "next-intl";
import { INTL_LOCALES, isLocale } from "@/lib/i18n/locales";
import { formatDuration } from "@/lib/format/duration";

// A report's days are calendar dates in the report zone ("2026-11-30"): formatted as UTC
// midnights so no zone shifts them to the day before.
const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

/** Numbers, days, weekdays and durations in the agent's language. */
export function useReportFormat() {
  const format = useFormatter();
  // As components/inbox/use-display-locale.ts does; not imported from there, for /inbox's budget (see report-states.tsx).
  const current = useLocale();
  const locale = INTL_LOCALES[isLocale(current) ? current : "en"];
  return {
    locale,
    number: (n: number) => format.number(n),
    day: (date: string) => new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" }).format(utcDay(date)),
    longDay: (date: string) => new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(utcDay(date)),
    duration: (seconds: number) => formatDuration(seconds, locale),
    /** Monday first, as the heatmap's rows (1 January 2024 was a Monday). */
    weekdays: (style: "short" | "long") =>
      Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(locale, { weekday: style, timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1 + i)))),
  };
}

export type ReportFormat = ReturnType<typeof useReportFormat>;

/** A duration as text with its exact seconds machine-readable (an ISO 8601 duration), or "no data". */
export function Duration({ seconds, format, none }: { seconds: number | null; format: ReportFormat; none: string }) {
  if (seconds === null) return <span className="text-gray-500">{none}</span>;
  return <time dateTime={`PT${Math.round(seconds)}S`}>{format.duration(seconds)}</time>;
}
