"use client";

import { formatFullTime, type TimeFormatOptions } from "@/lib/format/time";
import { useDisplayTimeZone } from "./use-display-time-zone";

/** A `<time>` with a short form (`format`) and the full date and time on hover, in the agent's zone. */
export function LocalTime({ at, format, className }: { at: string; format: (iso: string, options: TimeFormatOptions) => string; className?: string }) {
  const timeZone = useDisplayTimeZone();
  return (
    <time dateTime={at} title={formatFullTime(at, { timeZone })} className={className}>
      {format(at, { timeZone })}
    </time>
  );
}
