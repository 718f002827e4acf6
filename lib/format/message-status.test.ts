import { describe, expect, it } from "vitest";
import { describeStatus } from "./message-status";

describe("describeStatus", () => {
  it("names the statuses the inbox understands, whatever their case", () => {
    expect(describeStatus("sent")).toEqual({ label: "Sent", known: true });
    expect(describeStatus("DELIVERED")).toEqual({ label: "Delivered", known: true });
    expect(describeStatus(" read ")).toEqual({ label: "Read", known: true });
  });

  it("passes any other status through unchanged, marked unknown", () => {
    expect(describeStatus("queued_upstream")).toEqual({ label: "queued_upstream", known: false });
  });

  it("shows nothing for an empty status", () => {
    expect(describeStatus("  ")).toBeNull();
  });
});
