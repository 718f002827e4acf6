import { DateTime } from "luxon";

/*
 * The snooze menu's times, computed in the agent's own time zone (agents.time_zone), so "Tomorrow
 * 9:00" is nine in the morning where the agent works, whatever the browser's clock zone says.
 */

const zoneOr = (timeZone: string) => (DateTime.now().setZone(timeZone).isValid ? timeZone : "UTC");

export function inOneHour(now: Date = new Date()): string {
  return new Date(now.getTime() + 3_600_000).toISOString();
}

export function tomorrowAtNine(timeZone: string, now: Date = new Date()): string {
  return DateTime.fromJSDate(now)
    .setZone(zoneOr(timeZone))
    .plus({ days: 1 })
    .set({ hour: 9, minute: 0, second: 0, millisecond: 0 })
    .toUTC()
    .toISO()!;
}

/** A `datetime-local` value read as a time in the agent's zone; null when it is not a date. */
export function fromLocalInput(value: string, timeZone: string): string | null {
  const parsed = DateTime.fromISO(value, { zone: zoneOr(timeZone) });
  return parsed.isValid ? parsed.toUTC().toISO() : null;
}
