import { describe, expect, it } from "vitest";
import { testTranslator } from "@/lib/i18n/test-translator";
import { describeStatus } from "./message-status";

const en = testTranslator("en", "thread");
const fr = testTranslator("fr", "thread");

describe("describeStatus", () => {
  it("names the statuses the inbox understands, whatever their case", () => {
    expect(describeStatus("sent", en)).toEqual({ label: "Sent", known: true });
    expect(describeStatus("DELIVERED", en)).toEqual({ label: "Delivered", known: true });
    expect(describeStatus(" read ", en)).toEqual({ label: "Read", known: true });
  });

  it("names them in the agent's language", () => {
    expect(describeStatus("delivered", fr)).toEqual({ label: "Distribué", known: true });
    expect(describeStatus("read", testTranslator("es", "thread"))).toEqual({ label: "Leído", known: true });
  });

  it("passes any other status through unchanged, marked unknown", () => {
    expect(describeStatus("queued_upstream", en)).toEqual({ label: "queued_upstream", known: false });
    expect(describeStatus("toString", fr)).toEqual({ label: "toString", known: false });
  });

  it("shows nothing for an empty status", () => {
    expect(describeStatus("  ", en)).toBeNull();
  });
});
