import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listChannels } from "./channels";
import { listConversations } from "./conversations";
import { markConversationRead } from "./read-markers";
import { getNewMessages, getThread } from "./thread";
import { inboxFixture } from "./test-fixtures";
import { events } from "@/lib/db/schema";

let f: Awaited<ReturnType<typeof inboxFixture>>;
beforeEach(async () => {
  f = await inboxFixture();
});
afterEach(async () => f.close());

describe("conversation lists from the mirror", () => {
  it("pages a channel's conversations newest first without gaps or repeats", async () => {
    const base = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 120; i++) await f.addConversation(`+34${i}`, new Date(base + (i % 7) * 60_000), 0);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listConversations({ db: f.db, agent: f.ana }, f.channel.id, cursor);
      seen.push(...page.conversations.map((c) => c.destination));
      const times = page.conversations.map((c) => Date.parse(c.lastMessage!.at));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
  });

  it("refuses a forged cursor with a 422, not a crash", async () => {
    await expect(listConversations({ db: f.db, agent: f.ana }, f.channel.id, "bm90LWEtY3Vyc29y")).rejects.toMatchObject({ status: 422 });
  });
});

describe("unread counts", () => {
  it("counts unread per conversation and per channel, and reading clears them for that agent only", async () => {
    const a = await f.addConversation("+111", new Date(), 3);
    await f.addConversation("+222", new Date(), 2);
    const before = await listChannels({ db: f.db, agent: f.ana });
    expect(before[0].unreadCount).toBe(5);

    const result = await markConversationRead({ db: f.db, agent: f.ana }, a.id);
    expect(result).toMatchObject({ readInboundCount: 3, channelReadInboundSum: 3 });

    const ana = await listConversations({ db: f.db, agent: f.ana }, f.channel.id, null);
    const bo = await listConversations({ db: f.db, agent: f.bo }, f.channel.id, null);
    expect(ana.conversations.find((c) => c.id === a.id)!.unreadCount).toBe(0);
    expect(bo.conversations.find((c) => c.id === a.id)!.unreadCount).toBe(3);
    expect((await listChannels({ db: f.db, agent: f.ana }))[0].unreadCount).toBe(2);
    expect((await listChannels({ db: f.db, agent: f.bo }))[0].unreadCount).toBe(5);
  });

  it("marking read twice moves the channel sum once and publishes one event for that agent", async () => {
    const a = await f.addConversation("+333", new Date(), 4);
    await markConversationRead({ db: f.db, agent: f.ana }, a.id);
    await markConversationRead({ db: f.db, agent: f.ana }, a.id);
    expect((await listChannels({ db: f.db, agent: f.ana }))[0].readInboundSum).toBe(4);
    const published = await f.db.select().from(events);
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ type: "conversation.read", agentId: f.ana.id });
  });
});

describe("threads from the mirror", () => {
  it("opens on the newest page, oldest first, and pages back to the start", async () => {
    const c = await f.addConversation("+444", new Date(Date.UTC(2026, 0, 2)), 120);
    const first = await getThread({ db: f.db, agent: f.ana }, c.id, null);
    expect(first.messages).toHaveLength(50);
    expect(first.messages.at(-1)!.text).toBe("message 119");
    expect(first.messages[0].text).toBe("message 70");
    const second = await getThread({ db: f.db, agent: f.ana }, c.id, first.olderCursor);
    const third = await getThread({ db: f.db, agent: f.ana }, c.id, second.olderCursor);
    expect(third.messages[0].text).toBe("message 0");
    expect(third.olderCursor).toBeNull();
    expect(first.messages.length + second.messages.length + third.messages.length).toBe(120);
  });

  it("returns only the messages mirrored after a known id", async () => {
    const c = await f.addConversation("+555", new Date(), 5);
    const thread = await getThread({ db: f.db, agent: f.ana }, c.id, null);
    const after = await getNewMessages({ db: f.db, agent: f.ana }, c.id, thread.messages[2].id);
    expect(after.messages.map((m) => m.text)).toEqual(["message 3", "message 4"]);
  });
});
