"use client";

import { formatFullTime, type TimeFormatOptions } from "@/lib/format/time";
import { useDisplayLocale } from "./use-display-locale";
import { useDisplayTimeZone } from "./use-display-time-zone";

/** A `<time>` with a short form (`format`) and the full date and time on hover, in the agent's zone and language. */
export function LocalTime({ at, format, className }: { at: string; format: (iso: string, options: TimeFormatOptions) => string; className?: string }) {
  const options = { timeZone: useDisplayTimeZone(), locale: useDisplayLocale() };
  return (
    <time dateTime={at} title={formatFullTime(at, options)} className={className}>
      {format(at, options)}
    </time>
  );
}
