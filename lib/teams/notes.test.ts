import { and, eq, inArray } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { agents, channelMembers, conversations, events, mentions, messages } from "@/lib/db/schema";
import { inboxFixture } from "@/lib/inbox/test-fixtures";
import { getThread } from "@/lib/inbox/thread";
import { claimNext } from "@/lib/outbox/claim";
import { listMentions, markMentionRead } from "./mentions";
import { addNote, noteSchema } from "./notes";

let f: Awaited<ReturnType<typeof inboxFixture>>;
beforeEach(async () => {
  f = await inboxFixture();
});
afterEach(async () => f.close());

const scopeOf = (c: { id: string; channelId: string; assigneeId: string | null }) => ({ conversationId: c.id, channelId: c.channelId, assigneeId: c.assigneeId });

describe("internal notes", () => {
  it("are stored as notes that the outbox never takes", async () => {
    const conv = await f.addConversation("+34600", new Date("2026-01-01T10:00:00Z"));
    const view = await addNote(f.db, f.ana, scopeOf(conv), { text: "Customer is a VIP" });
    expect(view).toMatchObject({ kind: "note", direction: "outbound", delivery: null, text: "Customer is a VIP", sentBy: { id: f.ana.id, name: "Ana" } });
    expect(await claimNext(f.db, 30_000)).toBeNull();
    const [row] = await f.db.select().from(messages).where(eq(messages.id, view.id));
    expect(row).toMatchObject({ kind: "note", delivery: null, providerMessageId: null, idempotencyKey: null });
  });

  it("leave the conversation's last message and unread counts alone, and show in the thread", async () => {
    const conv = await f.addConversation("+34601", new Date("2026-01-01T10:00:00Z"), 2);
    await addNote(f.db, f.ana, scopeOf(conv), { text: "internal only" });
    const [after] = await f.db.select().from(conversations).where(eq(conversations.id, conv.id));
    expect(after).toMatchObject({ lastMessageText: conv.lastMessageText, lastMessageDirection: "inbound", inboundCount: 2 });
    expect(after.lastMessageAt?.getTime()).toBe(conv.lastMessageAt?.getTime());
    const thread = await getThread({ db: f.db, agent: f.ana }, conv.id, null);
    expect(thread.conversation.unreadCount).toBe(2);
    expect(thread.messages.at(-1)).toMatchObject({ kind: "note", text: "internal only" });
  });

  it("publish message.created so the team sees them live", async () => {
    const conv = await f.addConversation("+34602", new Date());
    const view = await addNote(f.db, f.ana, scopeOf(conv), { text: "hello team" });
    const published = await f.db.select().from(events).where(eq(events.type, "message.created"));
    expect(published.map((e) => e.payload)).toContainEqual(expect.objectContaining({ conversationId: conv.id, messageId: view.id, conversationInboundCount: 1 }));
  });

  it("refuse 10,001 characters with the message the composer shows", () => {
    const parsed = noteSchema.safeParse({ text: "x".repeat(10_001) });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["text"], message: "A note can be at most 10,000 characters." });
    expect(noteSchema.safeParse({ text: "x".repeat(10_000) }).success).toBe(true);
    expect(noteSchema.safeParse({ text: "   " }).success).toBe(false);
  });
});

describe("mentions", () => {
  it("mention only agents who can see the conversation, never the author, each told alone", async () => {
    const [, member] = await f.db
      .insert(agents)
      .values([
        { email: "cy@test", name: "Cy", passwordHash: "x", role: "agent" },
        { email: "di@test", name: "Di", passwordHash: "x", role: "agent" },
      ])
      .returning();
    await f.db.insert(channelMembers).values({ agentId: member.id, channelId: f.channel.id });
    const conv = await f.addConversation("+34603", new Date());
    const note = await addNote(f.db, f.ana, scopeOf(conv), { text: "@bo @cy @di @ana please look" });
    const rows = await f.db.select().from(mentions).where(eq(mentions.messageId, note.id));
    expect(rows.map((r) => r.agentId).sort()).toEqual([f.bo.id, member.id].sort());
    const told = await f.db.select().from(events).where(eq(events.type, "mention.created"));
    expect(told.map((e) => e.agentId).sort()).toEqual([f.bo.id, member.id].sort());
  });

  it("do not mention an agent of the channel when the conversation is someone else's", async () => {
    const [di] = await f.db.insert(agents).values({ email: "di@test", name: "Di", passwordHash: "x", role: "agent" }).returning();
    await f.db.insert(channelMembers).values({ agentId: di.id, channelId: f.channel.id });
    const conv = await f.addConversation("+34604", new Date());
    await f.db.update(conversations).set({ assigneeId: f.ana.id }).where(eq(conversations.id, conv.id));
    await addNote(f.db, f.ana, { ...scopeOf(conv), assigneeId: f.ana.id }, { text: "@di have a look" });
    expect(await f.db.select().from(mentions).where(inArray(mentions.agentId, [di.id]))).toEqual([]);
  });

  it("list newest first with an unread count, and opening one marks it read for its owner only", async () => {
    const conv = await f.addConversation("+34605", new Date());
    await addNote(f.db, f.ana, scopeOf(conv), { text: "first @bo" });
    await addNote(f.db, f.ana, scopeOf(conv), { text: "second @bo" });
    const listed = await listMentions(f.db, f.bo.id);
    expect(listed.unreadCount).toBe(2);
    expect(listed.mentions.map((m) => m.excerpt)).toEqual(["second @bo", "first @bo"]);
    expect(listed.mentions[0]).toMatchObject({ authorName: "Ana", destination: "+34605", channelName: "Support", read: false });
    await expect(markMentionRead(f.db, f.ana.id, listed.mentions[0].id)).rejects.toMatchObject({ status: 404 });
    expect(await markMentionRead(f.db, f.bo.id, listed.mentions[0].id)).toEqual({ conversationId: conv.id, channelId: f.channel.id });
    const again = await listMentions(f.db, f.bo.id);
    expect(again.unreadCount).toBe(1);
    expect(again.mentions[0].read).toBe(true);
    const [stillUnread] = await f.db.select().from(mentions).where(and(eq(mentions.agentId, f.bo.id), eq(mentions.id, listed.mentions[1].id)));
    expect(stillUnread.readAt).toBeNull();
  });
});
