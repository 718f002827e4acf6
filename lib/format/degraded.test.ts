import { describe, expect, it } from "vitest";
import { degradedNotice } from "./degraded";

const now = new Date("2025-03-12T15:00:00Z");

describe("degradedNotice", () => {
  it("names the platform and the time of the last successful sync", () => {
    expect(degradedNotice("WhatsApp", "2025-03-12T14:05:00Z", { now, timeZone: "UTC" })).toBe(
      "Can't reach WhatsApp right now — showing messages as of 14:05. New messages will appear when the connection recovers.",
    );
  });

  it("says the day when the last sync was not today", () => {
    expect(degradedNotice("Telegram", "2025-03-11T09:30:00Z", { now, timeZone: "UTC" })).toContain(
      "showing messages as of Yesterday 09:30.",
    );
  });

  it("still reads well when the channel never synced", () => {
    expect(degradedNotice("Web chat", null, { now, timeZone: "UTC" })).toBe(
      "Can't reach Web chat right now — showing the messages saved so far. New messages will appear when the connection recovers.",
    );
  });
});
