import { describe, expect, it } from "vitest";
import { fromLocalInput, inOneHour, tomorrowAtNine } from "./snooze-times";

describe("snooze times", () => {
  const now = new Date("2026-03-10T22:30:00Z");

  it("puts 'Tomorrow 9:00' at nine in the agent's zone, not the browser's", () => {
    expect(tomorrowAtNine("UTC", now)).toBe("2026-03-11T09:00:00.000Z");
    // 23:30 in Madrid on the 10th: tomorrow is the 11th, 9:00 CET = 08:00 UTC.
    expect(tomorrowAtNine("Europe/Madrid", now)).toBe("2026-03-11T08:00:00.000Z");
    // Already the 11th in Tokyo (07:30): tomorrow is the 12th, 9:00 JST = 00:00 UTC.
    expect(tomorrowAtNine("Asia/Tokyo", now)).toBe("2026-03-12T00:00:00.000Z");
    expect(tomorrowAtNine("Not/AZone", now)).toBe("2026-03-11T09:00:00.000Z");
  });

  it("reads a picked date in the agent's zone, and refuses a non-date", () => {
    expect(inOneHour(now)).toBe("2026-03-10T23:30:00.000Z");
    expect(fromLocalInput("2026-03-12T09:15", "Europe/Madrid")).toBe("2026-03-12T08:15:00.000Z");
    expect(fromLocalInput("", "UTC")).toBeNull();
  });
});
