import { describe, expect, it } from "vitest";
import { formatDayLabel } from "./day-label";

const zone = "Europe/Madrid";
// 2025-03-14 10:30 in Madrid (UTC+1 in winter time).
const now = new Date("2025-03-14T09:30:00Z");

describe("formatDayLabel", () => {
  it("says Today and Yesterday by the calendar day in the agent's zone", () => {
    // 23:30 UTC on the 13th is already the 14th in Madrid; 22:55 UTC is still the 13th there.
    expect(formatDayLabel("2025-03-13T23:30:00Z", { now, timeZone: zone })).toBe("Today");
    expect(formatDayLabel("2025-03-13T22:55:00Z", { now, timeZone: zone })).toBe("Yesterday");
    expect(formatDayLabel("2025-03-13T23:30:00Z", { now, timeZone: "UTC" })).toBe("Yesterday");
  });

  it("names older days with weekday, day and month in the locale, the year only for another year", () => {
    expect(formatDayLabel("2025-03-10T10:00:00Z", { now, timeZone: zone })).toBe("Monday 10 March");
    expect(formatDayLabel("2025-03-10T10:00:00Z", { now, timeZone: zone, locale: "fr-FR" })).toBe("lundi 10 mars");
    expect(formatDayLabel("2024-11-23T10:00:00Z", { now, timeZone: zone })).toBe("Saturday, 23 November 2024");
  });
});

describe("formatDayLabel in French and Spanish", () => {
  it("says Today and Yesterday in the agent's language", () => {
    expect(formatDayLabel("2025-03-14T08:00:00Z", { now, timeZone: zone, locale: "fr-FR" })).toBe("Aujourd’hui");
    expect(formatDayLabel("2025-03-13T08:00:00Z", { now, timeZone: zone, locale: "es-ES" })).toBe("Ayer");
  });
});
