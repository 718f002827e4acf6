import { describe, expect, it } from "vitest";
import { changesWallboard, durationParts, wallboardWaitLevel, waitSeconds } from "./wallboard-rules";

describe("waitSeconds", () => {
  const serverNow = "2026-01-01T10:05:00.000Z";
  it("counts from the server's time plus what passed in the browser since", () => {
    expect(waitSeconds("2026-01-01T10:00:00.000Z", serverNow, 1_000_000, 1_000_000)).toBe(300);
    expect(waitSeconds("2026-01-01T10:00:00.000Z", serverNow, 1_000_000, 1_012_400)).toBe(312);
  });
  it("ignores a browser clock that is off, and gives null when nobody waits", () => {
    // The browser's clock is an hour ahead: only the difference of its own readings counts.
    expect(waitSeconds("2026-01-01T10:00:00.000Z", serverNow, 3_600_000 + 5_000, 3_600_000 + 6_000)).toBe(301);
    expect(waitSeconds(null, serverNow, 0, 0)).toBeNull();
    expect(waitSeconds("2026-01-01T10:06:00.000Z", serverNow, 0, 0)).toBe(0);
  });
});

describe("wallboardWaitLevel", () => {
  it("warns from the warning threshold and alerts from the alert threshold, as the conversation list does", () => {
    expect(wallboardWaitLevel(15 * 60 - 1, 15, 60)).toBe("normal");
    expect(wallboardWaitLevel(15 * 60, 15, 60)).toBe("warn");
    expect(wallboardWaitLevel(60 * 60 - 1, 15, 60)).toBe("warn");
    expect(wallboardWaitLevel(60 * 60, 15, 60)).toBe("alert");
  });
});

describe("durationParts", () => {
  it("splits seconds into hours, minutes and seconds", () => {
    expect(durationParts(252)).toEqual({ hours: 0, minutes: 4, seconds: 12 });
    expect(durationParts(3_905)).toEqual({ hours: 1, minutes: 5, seconds: 5 });
    expect(durationParts(-3)).toEqual({ hours: 0, minutes: 0, seconds: 0 });
  });
});

describe("changesWallboard", () => {
  it("refetches on messages, conversations, channels and unknown events, not on reads or mentions", () => {
    for (const type of ["message.created", "conversation.updated", "conversation.assigned", "channels.changed", "agent.presence"]) expect(changesWallboard({ type } as never)).toBe(true);
    for (const type of ["conversation.read", "mention.created", "message.updated"]) expect(changesWallboard({ type } as never)).toBe(false);
  });
});
