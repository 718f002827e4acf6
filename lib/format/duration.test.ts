import { describe, expect, it } from "vitest";
import { formatDuration } from "./duration";

// Intl separates number and unit with no-break spaces in some languages: compared as plain spaces.
const plain = (seconds: number, locale: string) => formatDuration(seconds, locale).replace(/\s/gu, " ");

describe("formatDuration", () => {
  it("shows the two largest units, the smaller rounded down", () => {
    expect(plain(0, "en-GB")).toBe("0 secs");
    expect(plain(0.4, "en-GB")).toBe("0 secs");
    expect(plain(45, "en-GB")).toBe("45 secs");
    expect(plain(61, "en-GB")).toBe("1 min 1 sec");
    expect(plain(3_599, "en-GB")).toBe("59 mins 59 secs");
    expect(plain(9_059, "en-GB")).toBe("2 hrs 30 mins");
    expect(plain(90_061, "en-GB")).toBe("1 day 1 hr");
  });

  it("leaves out a smaller unit that is zero", () => {
    expect(plain(3_600, "en-GB")).toBe("1 hr");
    expect(plain(120, "en-GB")).toBe("2 mins");
    expect(plain(2 * 86_400 + 59 * 60, "en-GB")).toBe("2 days");
  });

  it("speaks the agent's language", () => {
    expect(plain(9_059, "fr-FR")).toBe("2 h 30 min");
    expect(plain(90_061, "es-ES")).toBe("1 d 1 h");
    expect(plain(45, "fr-FR")).toBe("45 s");
  });
});
