import { describe, expect, it } from "vitest";
import { testTranslator } from "@/lib/i18n/test-translator";
import { formatDuration, formatWindowLeft, replyWindowLeft, waitingMinutes, waitLevel } from "./waiting";

const en = testTranslator("en", "thread");
const fr = testTranslator("fr", "thread");

const now = Date.parse("2026-11-29T12:00:00Z");
const ago = (minutes: number) => new Date(now - minutes * 60_000).toISOString();

describe("waiting time", () => {
  it("counts from the customer's latest message while it is the last one", () => {
    expect(waitingMinutes({ lastMessage: { direction: "inbound" }, lastInboundAt: ago(12.5) }, now)).toBe(12);
    expect(waitingMinutes({ lastMessage: { direction: "outbound" }, lastInboundAt: ago(12) }, now)).toBeNull();
    expect(waitingMinutes({ lastMessage: null, lastInboundAt: null }, now)).toBeNull();
  });

  it("turns amber and red at the channel's thresholds", () => {
    const t = { warnMinutes: 15, alertMinutes: 60 };
    expect([14, 15, 59, 60].map((m) => waitLevel(m, t))).toEqual(["normal", "warn", "warn", "alert"]);
  });

  it("reads short in a list row", () => {
    const minutes = [0, 12, 60, 185, 24 * 60, 26 * 60 + 5];
    expect(minutes.map((m) => formatDuration(m, en))).toEqual(["1 min", "12 min", "1 h", "3 h 5 min", "1 d", "1 d 2 h"]);
    expect(minutes.map((m) => formatDuration(m, fr))).toEqual(["1 min", "12 min", "1 h", "3 h 5 min", "1 j", "1 j 2 h"]);
  });
});

describe("WhatsApp's reply window", () => {
  it("is open for 24 hours after the customer's last message, then closed", () => {
    expect(formatWindowLeft(replyWindowLeft(ago(21 * 60 - 30), now), en)).toBe("3 h left");
    expect(formatWindowLeft(replyWindowLeft(ago(24 * 60 - 42), now), en)).toBe("42 min left");
    expect(formatWindowLeft(replyWindowLeft(ago(24 * 60 - 42), now), testTranslator("es", "thread"))).toBe("quedan 42 min");
    expect(replyWindowLeft(ago(24 * 60), now)).toBe(0);
    expect(replyWindowLeft(null, now)).toBe(0);
  });
});
