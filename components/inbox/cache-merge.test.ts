import { describe, expect, it } from "vitest";
import {
  appendMessages,
  flattenConversations,
  flattenThread,
  lastMessageId,
  mergeChannelCounts,
  mergeConversation,
  mergeConversationCounts,
  patchMessageStatus,
  upsertConversation,
} from "./cache-merge";
import { channel, conversation, listPages, message, threadPage, threadPages } from "./test-data";

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("counts", () => {
  it("computes a channel's unread from the event's inbound total and the cached read sum", () => {
    const merged = mergeChannelCounts(channel({ inboundCount: 10, readInboundSum: 8 }), { inboundCount: 12 });
    expect(merged).toMatchObject({ inboundCount: 12, readInboundSum: 8, unreadCount: 4 });
  });

  it("never lets an older count undo a newer one, in either order", () => {
    const c = channel({ inboundCount: 12, readInboundSum: 8 });
    expect(mergeChannelCounts(c, { inboundCount: 11 })).toBe(c);
    expect(mergeChannelCounts(c, { readInboundSum: 12 })).toMatchObject({ unreadCount: 0 });
    const conv = conversation("a", "2025-01-01T10:00:00Z", { inboundCount: 3, readInboundCount: 3 });
    expect(mergeConversationCounts(conv, { inboundCount: 2 })).toBe(conv);
  });

  it("clears a conversation's badge when the read count catches up, and never goes negative", () => {
    const conv = conversation("a", "2025-01-01T10:00:00Z", { inboundCount: 5, readInboundCount: 2 });
    expect(mergeConversationCounts(conv, { readInboundCount: 5 }).unreadCount).toBe(0);
    expect(mergeConversationCounts(conv, { readInboundCount: 7 }).unreadCount).toBe(0);
  });

  it("keeps the cache's newer read count when a summary fetched earlier arrives later", () => {
    const cached = conversation("a", "2025-01-01T10:00:00Z", { inboundCount: 4, readInboundCount: 4 });
    const fresh = conversation("a", "2025-01-01T10:05:00Z", { inboundCount: 4, readInboundCount: 1 });
    expect(mergeConversation(cached, fresh)).toMatchObject({ unreadCount: 0, lastMessage: { at: "2025-01-01T10:05:00Z" } });
  });
});

describe("upsertConversation", () => {
  const a = conversation("a", "2025-01-01T10:05:00Z");
  const b = conversation("b", "2025-01-01T10:04:00Z");
  const c = conversation("c", "2025-01-01T10:03:00Z");
  const d = conversation("d", "2025-01-01T10:02:00Z");

  it("moves a conversation with new activity to the top", () => {
    const data = listPages({ rows: [a, b, c], nextCursor: null });
    const moved = upsertConversation(data, { ...c, lastMessage: { text: "new", direction: "inbound", at: "2025-01-01T10:06:00Z", author: null } });
    expect(ids(moved.pages[0].conversations)).toEqual(["c", "a", "b"]);
    expect(moved.pages[0].conversations[0].lastMessage?.text).toBe("new");
  });

  it("inserts a new conversation in order and takes it out of a later page it was on", () => {
    const data = listPages({ rows: [a, c], nextCursor: "x" }, { rows: [d, b], nextCursor: null });
    const fresh = upsertConversation(data, { ...b, lastMessage: { text: "hi", direction: "inbound", at: "2025-01-01T10:04:30Z", author: null } });
    expect(ids(fresh.pages[0].conversations)).toEqual(["a", "b", "c"]);
    expect(ids(fresh.pages[1].conversations)).toEqual(["d"]);
  });

  it("orders equal times by id descending, as the server does", () => {
    const data = listPages({ rows: [conversation("m", "2025-01-01T10:00:00Z")], nextCursor: null });
    const inserted = upsertConversation(data, conversation("z", "2025-01-01T10:00:00Z"));
    expect(ids(inserted.pages[0].conversations)).toEqual(["z", "m"]);
  });

  it("leaves a conversation older than everything loaded to paging when older pages remain", () => {
    const data = listPages({ rows: [a, b], nextCursor: "x" });
    expect(upsertConversation(data, conversation("old", "2024-01-01T00:00:00Z"))).toBe(data);
    const complete = listPages({ rows: [a, b], nextCursor: null });
    expect(ids(upsertConversation(complete, conversation("old", "2024-01-01T00:00:00Z")).pages[0].conversations)).toEqual([
      "a",
      "b",
      "old",
    ]);
  });

  it("does not list a conversation without any message (the server would not)", () => {
    const data = listPages({ rows: [a], nextCursor: null });
    expect(upsertConversation(data, conversation("empty", null))).toBe(data);
  });

  it("shows each conversation once even when shifting pages loaded it twice", () => {
    const data = listPages({ rows: [a, b], nextCursor: "x" }, { rows: [b, c], nextCursor: null });
    expect(ids(flattenConversations(data))).toEqual(["a", "b", "c"]);
  });
});

describe("threads", () => {
  const older = threadPage([message(1, "2025-01-01T09:00:00Z"), message(2, "2025-01-01T09:01:00Z")]);
  const newest = threadPage([message(3, "2025-01-01T10:00:00Z"), message(5, "2025-01-01T10:01:00Z")], { olderCursor: "o" });

  it("reads pages newest-first into one list oldest-first", () => {
    expect(flattenThread(threadPages(newest, older)).map((m) => m.id)).toEqual([1, 2, 3, 5]);
  });

  it("sorts by time, then by mirror id when two messages share a time", () => {
    const page = threadPage([message(9, "2025-01-01T10:00:00Z"), message(4, "2025-01-01T10:00:00Z"), message(2, "2025-01-01T11:00:00Z")]);
    expect(flattenThread(threadPages(page)).map((m) => m.id)).toEqual([4, 9, 2]);
  });

  it("asks for messages after the highest id loaded", () => {
    expect(lastMessageId(threadPages(newest, older))).toBe(5);
    expect(lastMessageId(threadPages(threadPage([])))).toBeNull();
  });

  it("appends new messages once, however often they are delivered", () => {
    const data = threadPages(newest, older);
    const once = appendMessages(data, [message(5, "2025-01-01T10:01:00Z"), message(6, "2025-01-01T10:02:00Z")]);
    const twice = appendMessages(once, [message(6, "2025-01-01T10:02:00Z")]);
    expect(twice).toBe(once);
    expect(flattenThread(twice).map((m) => m.id)).toEqual([1, 2, 3, 5, 6]);
  });

  it("patches a message's status where it is, and says when it is not loaded", () => {
    const data = threadPages(newest, older);
    const patched = patchMessageStatus(data, 2, "read");
    expect(patched.found).toBe(true);
    expect(flattenThread(patched.data).find((m) => m.id === 2)?.status).toBe("read");
    expect(patchMessageStatus(data, 99, "read")).toEqual({ data, found: false });
  });
});
