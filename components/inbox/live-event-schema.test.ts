import { describe, expect, it } from "vitest";
import { parseInboxEvent } from "./live-event-schema";

describe("parseInboxEvent", () => {
  it("reads every event the server streams", () => {
    const events = [
      { type: "message.created", channelId: "c", conversationId: "v", messageId: 7, direction: "inbound", at: "2025-01-01T00:00:00Z", conversationInboundCount: 2, channelInboundCount: 9 },
      { type: "message.updated", channelId: "c", conversationId: "v", messageId: 7, status: "read" },
      { type: "conversation.updated", channelId: "c", conversationId: "v" },
      { type: "conversation.assigned", channelId: "c", conversationId: "v", assigneeId: "a", previousAssigneeId: null },
      { type: "conversation.read", channelId: "c", conversationId: "v", agentId: "a", readInboundCount: 2, channelReadInboundSum: 5 },
      { type: "channel.updated", channelId: "c", degraded: true, lastSyncedAt: null, lastSyncError: "timeout" },
      { type: "channels.changed" },
      { type: "agent.presence", agentId: "a", presence: "away" },
    ];
    for (const event of events) expect(parseInboxEvent(JSON.stringify(event))).toEqual(event);
  });

  it("skips what it does not understand instead of throwing", () => {
    expect(parseInboxEvent("not json")).toBeNull();
    expect(parseInboxEvent(JSON.stringify({ type: "agent.typing", conversationId: "v" }))).toBeNull();
    expect(parseInboxEvent(JSON.stringify({ type: "message.created", channelId: "c" }))).toBeNull();
    expect(parseInboxEvent(JSON.stringify({ type: "agent.presence", agentId: "a", presence: "busy" }))).toBeNull();
  });
});
