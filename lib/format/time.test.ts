import { describe, expect, it } from "vitest";
import { formatFullTime, formatListTime, formatMessageTime } from "./time";

const zone = "Europe/Madrid";
// 2025-03-14 10:30 in Madrid (UTC+1 in winter time).
const now = new Date("2025-03-14T09:30:00Z");

describe("formatListTime", () => {
  it("shows the clock time for a message from today", () => {
    expect(formatListTime("2025-03-14T13:05:00Z", { now, timeZone: zone })).toBe("14:05");
  });

  it("says Yesterday for the previous calendar day, even a few minutes ago", () => {
    const justBeforeMidnight = new Date("2025-03-14T23:01:00Z"); // 00:01 on the 15th in Madrid
    expect(formatListTime("2025-03-14T22:55:00Z", { now: justBeforeMidnight, timeZone: zone })).toBe("Yesterday");
  });

  it("uses the agent's zone, not UTC, to decide the day", () => {
    // 23:30 UTC on the 13th is already the 14th in Madrid.
    expect(formatListTime("2025-03-13T23:30:00Z", { now, timeZone: zone })).toBe("00:30");
    expect(formatListTime("2025-03-13T23:30:00Z", { now, timeZone: "UTC" })).toBe("Yesterday");
  });

  it("shows day and month for older messages this year", () => {
    expect(formatListTime("2025-03-12T10:00:00Z", { now, timeZone: zone })).toBe("12 Mar");
  });

  it("adds the year for messages from another year", () => {
    expect(formatListTime("2024-12-31T10:00:00Z", { now, timeZone: zone })).toBe("31 Dec 2024");
  });

  it("returns an empty string for an unreadable date instead of 'Invalid Date'", () => {
    expect(formatListTime("not a date", { now, timeZone: zone })).toBe("");
  });
});

describe("formatMessageTime", () => {
  it("shows only the time today", () => {
    expect(formatMessageTime("2025-03-14T08:00:00Z", { now, timeZone: zone })).toBe("09:00");
  });

  it("prefixes Yesterday", () => {
    expect(formatMessageTime("2025-03-13T20:15:00Z", { now, timeZone: zone })).toBe("Yesterday 21:15");
  });

  it("shows the date and time for older messages", () => {
    expect(formatMessageTime("2025-03-02T07:00:00Z", { now, timeZone: zone })).toBe("2 Mar, 08:00");
  });
});

describe("formatFullTime", () => {
  it("spells out the full date for a tooltip", () => {
    // ICU versions differ on the comma after the weekday; the parts are what matter.
    const full = formatFullTime("2025-03-14T13:05:00Z", { timeZone: zone });
    expect(full).toMatch(/^Friday,? 14 March 2025 at 14:05$/);
  });
});

describe("in the agent's language", () => {
  it("says Yesterday in French and Spanish, with the locale's date shapes", () => {
    expect(formatListTime("2025-03-13T20:15:00Z", { now, timeZone: zone, locale: "fr-FR" })).toBe("Hier");
    expect(formatMessageTime("2025-03-13T20:15:00Z", { now, timeZone: zone, locale: "es-ES" })).toBe("Ayer 21:15");
    expect(formatListTime("2025-03-02T07:00:00Z", { now, timeZone: zone, locale: "fr-FR" })).toBe("2 mars");
  });

  it("spells out the full date in French", () => {
    expect(formatFullTime("2025-03-14T13:05:00Z", { timeZone: zone, locale: "fr-FR" })).toMatch(/^vendredi 14 mars 2025 (à|at) 14:05$/);
  });
});
