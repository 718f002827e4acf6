/**
 * Short, scannable times for the inbox, in the browser's time zone unless one is given.
 * The lists use en-GB shapes ("14:05", "12 Mar") whatever the locale, so every agent
 * reads the same thing.
 */
export interface TimeFormatOptions {
  /** The reference "now"; tests pin it. */
  now?: Date;
  /** IANA zone; defaults to the runtime's own. */
  timeZone?: string;
}

export const LOCALE = "en-GB";

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The calendar day of `date` in `timeZone`, as a count of days since the epoch. */
export function dayNumber(date: Date, timeZone: string | undefined): number {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    .formatToParts(date)
    .reduce<Record<string, number>>((acc, p) => (p.type === "literal" ? acc : { ...acc, [p.type]: Number(p.value) }), {});
  return Date.UTC(parts.year, parts.month - 1, parts.day) / 86_400_000;
}

export function yearOf(date: Date, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, year: "numeric" }).format(date);
}

function clock(date: Date, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
}

function calendarDate(date: Date, now: Date, timeZone: string | undefined): string {
  const sameYear = yearOf(date, timeZone) === yearOf(now, timeZone);
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    day: "numeric",
    month: "short",
    year: sameYear ? undefined : "numeric",
  }).format(date);
}

type Day = "today" | "yesterday" | "other";

export function whichDay(date: Date, now: Date, timeZone: string | undefined): Day {
  const diff = dayNumber(now, timeZone) - dayNumber(date, timeZone);
  if (diff === 0) return "today";
  if (diff === 1) return "yesterday";
  return "other";
}

/** For a conversation list: "14:05" today, "Yesterday", "12 Mar", or "12 Mar 2024". */
export function formatListTime(iso: string, options: TimeFormatOptions = {}): string {
  const date = parse(iso);
  if (!date) return "";
  const now = options.now ?? new Date();
  const day = whichDay(date, now, options.timeZone);
  if (day === "today") return clock(date, options.timeZone);
  if (day === "yesterday") return "Yesterday";
  return calendarDate(date, now, options.timeZone);
}

/** For a message in a thread: "14:05", "Yesterday 14:05", "12 Mar, 14:05". */
export function formatMessageTime(iso: string, options: TimeFormatOptions = {}): string {
  const date = parse(iso);
  if (!date) return "";
  const now = options.now ?? new Date();
  const time = clock(date, options.timeZone);
  const day = whichDay(date, now, options.timeZone);
  if (day === "today") return time;
  if (day === "yesterday") return `Yesterday ${time}`;
  return `${calendarDate(date, now, options.timeZone)}, ${time}`;
}

/** The full, unambiguous moment, for a tooltip: "Tuesday, 12 March 2024 at 14:05". */
export function formatFullTime(iso: string, options: Pick<TimeFormatOptions, "timeZone"> = {}): string {
  const date = parse(iso);
  if (!date) return "";
  return new Intl.DateTimeFormat(LOCALE, { timeZone: options.timeZone, dateStyle: "full", timeStyle: "short" }).format(date);
}

