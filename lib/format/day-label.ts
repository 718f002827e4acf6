// Apart from time.ts: only the thread uses it, and time.ts is in every inbox page's first load.
import { dateFormat } from "./intl-cache";
import { LOCALE, relativeDayName, whichDay, yearOf, type TimeFormatOptions } from "./time";

/**
 * A thread's day separator: "Today", "Yesterday", else the date in the agent's locale
 * ("Monday 23 November" in en-GB), with the year when it is not this year's.
 */
export function formatDayLabel(iso: string, options: TimeFormatOptions = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const now = options.now ?? new Date();
  const { timeZone } = options;
  const day = whichDay(date, now, timeZone);
  if (day !== "other") return relativeDayName(day === "today" ? 0 : -1, options.locale);
  const sameYear = yearOf(date, timeZone) === yearOf(now, timeZone);
  return dateFormat(options.locale ?? LOCALE, { timeZone, weekday: "long", day: "numeric", month: "long", ...(sameYear ? {} : { year: "numeric" }) }).format(date);
}
