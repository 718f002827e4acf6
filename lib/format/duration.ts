import { listFormat, numberFormat } from "./intl-cache";

/**
 * A length of time for the reports ("4 mins 5 secs", "2 hrs 30 mins", "1 day 3 hrs"), in the agent's
 * language, from Intl alone (no catalog: lib/ stays free of the UI's message files). Two units
 * at most, the larger first and the smaller rounded down: a median is read at a glance, and the
 * exact seconds are in the CSV.
 */
const UNITS = [
  { unit: "day", seconds: 86_400 },
  { unit: "hour", seconds: 3_600 },
  { unit: "minute", seconds: 60 },
  { unit: "second", seconds: 1 },
] as const;

export function formatDuration(totalSeconds: number, locale: string): string {
  const whole = Math.max(0, Math.round(totalSeconds));
  const first = UNITS.findIndex((u) => whole >= u.seconds);
  // Under a second rounds to "0 sec" rather than an empty string.
  const start = first === -1 ? UNITS.length - 1 : first;
  const parts: string[] = [];
  let rest = whole;
  for (const { unit, seconds } of UNITS.slice(start, start + 2)) {
    const count = Math.floor(rest / seconds);
    rest -= count * seconds;
    // "2 hr", not "2 hr 0 min"; the first unit always shows.
    if (count > 0 || parts.length === 0) parts.push(numberFormat(locale, { style: "unit", unit, unitDisplay: "short" }).format(count));
  }
  // The locale's own way of joining units, without a conjunction ("2 h 30 min", not "2 h et 30 min").
  return listFormat(locale, { type: "unit", style: "narrow" }).format(parts);
}
