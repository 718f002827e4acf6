import { describe, expect, it } from "vitest";
import { phoneOf } from "./phone";

describe("phoneOf", () => {
  it("formats a WhatsApp destination for its country", () => {
    expect(phoneOf("whatsapp", "34612345678")).toEqual({ e164: "+34612345678", display: "+34 612 34 56 78" });
    expect(phoneOf("WhatsApp", "+44 7700 900123")).toEqual({ e164: "+447700900123", display: "+44 7700 900123" });
  });

  it("leaves other platforms' ids, invalid numbers and names as they are", () => {
    expect(phoneOf("telegram", "34612345678")).toBeNull();
    expect(phoneOf("whatsapp", "12345")).toBeNull();
    expect(phoneOf("whatsapp", "3400000")).toBeNull();
    expect(phoneOf("whatsapp", "visitor-4821")).toBeNull();
    expect(phoneOf(null, "34612345678")).toBeNull();
  });
});
