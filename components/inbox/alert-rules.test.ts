import { describe, expect, it } from "vitest";
import type { InboxEvent } from "@/lib/events/types";
import { shouldAlert } from "./alert-rules";

const message = (over: Partial<Extract<InboxEvent, { type: "message.created" }>> = {}): InboxEvent => ({
  type: "message.created",
  channelId: "ch1",
  conversationId: "c1",
  messageId: 7,
  direction: "inbound",
  at: "2026-11-29T12:00:00Z",
  conversationInboundCount: 3,
  channelInboundCount: 40,
  ...over,
});

describe("shouldAlert", () => {
  it("alerts for a customer's message outside the open thread", () => {
    expect(shouldAlert(message(), "all", "other")).toBe(true);
    expect(shouldAlert(message(), "all", null)).toBe(true);
  });

  it("never for a reply (the agent's own or a teammate's), the open thread, or other events", () => {
    expect(shouldAlert(message({ direction: "outbound" }), "all", null)).toBe(false);
    expect(shouldAlert(message(), "all", "c1")).toBe(false);
    expect(shouldAlert({ type: "conversation.updated", channelId: "ch1", conversationId: "c1" }, "all", null)).toBe(false);
  });

  it("follows the agent's setting: new conversations only, or off", () => {
    expect(shouldAlert(message({ conversationInboundCount: 1 }), "new", null)).toBe(true);
    expect(shouldAlert(message({ conversationInboundCount: 2 }), "new", null)).toBe(false);
    expect(shouldAlert(message({ conversationInboundCount: 1 }), "off", null)).toBe(false);
  });
});
