import { describe, expect, it } from "vitest";
import { flattenThread, lastMessageId } from "./cache-merge";
import { insertOptimistic, nextTempId, optimisticMessage, settleOptimistic, upsertMessages } from "./outbox-cache";
import { message, threadPage, threadPages } from "./test-data";

const ada = { id: "a1", name: "Ada Admin" };

describe("optimistic replies in the thread cache", () => {
  it("shows a reply at once as pending, then swaps in the stored message", () => {
    const data = threadPages(threadPage([message(1, "2025-01-01T10:00:00Z")]));
    const tempId = nextTempId();
    expect(tempId).toBeLessThan(0);
    const pending = optimisticMessage({ id: tempId, text: "On it", file: null, sentBy: ada, at: "2025-01-01T10:01:00Z" });
    const shown = insertOptimistic(data, pending);
    expect(flattenThread(shown).map((m) => [m.id, m.delivery])).toEqual([[1, null], [tempId, "pending"]]);
    // The temporary id is never sent as ?after=.
    expect(lastMessageId(shown)).toBe(1);

    const stored = message(2, "2025-01-01T10:01:01Z", { direction: "outbound", text: "On it", delivery: "pending", sentBy: ada });
    const settled = settleOptimistic(shown, tempId, stored);
    expect(flattenThread(settled).map((m) => m.id)).toEqual([1, 2]);
  });

  it("does not show the reply twice, nor older news, when its event brought it first", () => {
    const fetched = message(2, "2025-01-01T10:01:01Z", { direction: "outbound", delivery: "sent", status: "delivered" });
    const data = threadPages(threadPage([message(1, "2025-01-01T10:00:00Z"), fetched]));
    const tempId = nextTempId();
    const shown = insertOptimistic(data, optimisticMessage({ id: tempId, text: "x", file: null, sentBy: null }));
    // The POST's answer shows the row as stored (pending); the fetched copy is newer.
    const settled = settleOptimistic(shown, tempId, { ...fetched, delivery: "pending", status: "" });
    expect(flattenThread(settled).map((m) => [m.id, m.delivery])).toEqual([[1, null], [2, "sent"]]);
  });

  it("replaces a cached message with its fresh copy (delivery changes) and appends new ones", () => {
    const data = threadPages(
      threadPage([message(3, "2025-01-01T10:03:00Z", { direction: "outbound", delivery: "sending" })]),
      threadPage([message(1, "2025-01-01T10:00:00Z", { direction: "outbound", delivery: "pending" })]),
    );
    const next = upsertMessages(data, [
      message(1, "2025-01-01T10:00:00Z", { direction: "outbound", delivery: "failed", error: "Chat not found" }),
      message(4, "2025-01-01T10:04:00Z"),
    ]);
    expect(flattenThread(next).map((m) => [m.id, m.delivery])).toEqual([[1, "failed"], [3, "sending"], [4, null]]);
    expect(next.pages[1].messages[0].error).toBe("Chat not found");
  });
});
