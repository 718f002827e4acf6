import { describe, expect, it } from "vitest";
import { describeDelivery } from "./delivery";

const out = { direction: "outbound" as const, status: "", error: null };

describe("describeDelivery", () => {
  it("shows a reply still in the outbox as sending", () => {
    expect(describeDelivery({ ...out, delivery: "pending" })).toEqual({ tone: "sending", label: "Sending…" });
    expect(describeDelivery({ ...out, delivery: "sending", status: "sent" })?.label).toBe("Sending…");
  });

  it("shows a failed reply with its error, or a default reason", () => {
    expect(describeDelivery({ ...out, delivery: "failed", error: "The provider kept failing.", errorCode: "http_503" })).toEqual({
      tone: "failed",
      label: "Not sent",
      error: "The provider kept failing.",
      code: "http_503",
    });
    expect(describeDelivery({ ...out, delivery: "failed" })).toMatchObject({ tone: "failed", error: expect.stringMatching(/refused/) });
  });

  it("shows the provider's status once sent, and for messages from the mirror", () => {
    expect(describeDelivery({ ...out, delivery: "sent", status: "read" })).toEqual({ tone: "status", label: "Read", known: true });
    expect(describeDelivery({ ...out, delivery: null, status: "queued" })).toEqual({ tone: "status", label: "queued", known: false });
    expect(describeDelivery({ ...out, delivery: "sent", status: "" })).toEqual({ tone: "status", label: "Sent", known: true });
  });

  it("says nothing on inbound messages", () => {
    expect(describeDelivery({ ...out, direction: "inbound", delivery: null, status: "read" })).toBeNull();
  });
});
