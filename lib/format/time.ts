import { dateFormat, relativeTimeFormat } from "./intl-cache";

/**
 * Short, scannable times for the inbox, in the agent's locale and time zone (the components pass
 * both, from lib/i18n). Always a 24-hour clock: "14:05" reads the same in every team.
 */
export interface TimeFormatOptions {
  /** The reference "now"; tests pin it. */
  now?: Date;
  /** IANA zone; defaults to the runtime's own. */
  timeZone?: string;
  /** Intl locale ("en-GB", "fr-FR", "es-ES"); defaults to en-GB. */
  locale?: string;
}

export const LOCALE = "en-GB";

/**
 * "Today" / "Yesterday" in the locale's own words, from Intl (no catalog: lib/ stays free of
 * the UI's message files), capitalised as a label.
 */
export function relativeDayName(offset: 0 | -1, locale: string = LOCALE): string {
  const word = relativeTimeFormat(locale, { numeric: "auto" }).format(offset, "day");
  return word.charAt(0).toLocaleUpperCase(locale) + word.slice(1);
}

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The calendar day of `date` in `timeZone`, as a count of days since the epoch. */
// Looked up by zone alone, not through dateFormat's key: a long thread asks for the day of every
// message it has loaded (20,000 of them in issue 12's benchmark), so the key's cost counts here.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function dayNumber(date: Date, timeZone: string | undefined): number {
  const zone = timeZone ?? "";
  let format = dayFormats.get(zone);
  if (!format) dayFormats.set(zone, (format = dateFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })));
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(date)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return Date.UTC(parts.year, parts.month - 1, parts.day) / 86_400_000;
}

export function yearOf(date: Date, timeZone: string | undefined): string {
  return dateFormat(LOCALE, { timeZone, year: "numeric" }).format(date);
}

function clock(date: Date, timeZone: string | undefined, locale: string): string {
  return dateFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
}

function calendarDate(date: Date, now: Date, timeZone: string | undefined, locale: string): string {
  const sameYear = yearOf(date, timeZone) === yearOf(now, timeZone);
  return dateFormat(locale, sameYear ? { timeZone, day: "numeric", month: "short" } : { timeZone, day: "numeric", month: "short", year: "numeric" }).format(date);
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
  const locale = options.locale ?? LOCALE;
  const day = whichDay(date, now, options.timeZone);
  if (day === "today") return clock(date, options.timeZone, locale);
  if (day === "yesterday") return relativeDayName(-1, locale);
  return calendarDate(date, now, options.timeZone, locale);
}

/** For a message in a thread: "14:05", "Yesterday 14:05", "12 Mar, 14:05". */
export function formatMessageTime(iso: string, options: TimeFormatOptions = {}): string {
  const date = parse(iso);
  if (!date) return "";
  const now = options.now ?? new Date();
  const locale = options.locale ?? LOCALE;
  const time = clock(date, options.timeZone, locale);
  const day = whichDay(date, now, options.timeZone);
  if (day === "today") return time;
  if (day === "yesterday") return `${relativeDayName(-1, locale)} ${time}`;
  return `${calendarDate(date, now, options.timeZone, locale)}, ${time}`;
}

/** The full, unambiguous moment, for a tooltip: "Tuesday, 12 March 2024 at 14:05". */
export function formatFullTime(iso: string, options: Pick<TimeFormatOptions, "timeZone" | "locale"> = {}): string {
  const date = parse(iso);
  if (!date) return "";
  return dateFormat(options.locale ?? LOCALE, { timeZone: options.timeZone, dateStyle: "full", timeStyle: "short" }).format(date);
}

