import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { channels, conversations, messages, sandboxChannels } from "@/lib/db/schema";
import { applyChannels } from "./mirror-channels";
import { applyChatHeads } from "./mirror-heads";
import { applyMessages } from "./mirror-messages";
import { openSyncFixture, type SyncFixture } from "./test-helpers";

let fx: SyncFixture;
beforeAll(async () => {
  fx = await openSyncFixture();
}, 60_000);
beforeEach(async () => {
  await fx.reset();
});
afterAll(async () => {
  await fx?.teardown();
});

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

async function mirrorChannels() {
  return applyChannels(fx.db, await fx.provider.getChatChannels());
}

async function syncWhatsapp() {
  const channel = await fx.mirroredChannel("whatsapp");
  const changed = await applyChatHeads(fx.db, channel, await fx.provider.getChats(channel));
  for (const { conversation } of changed) {
    await applyMessages(fx.db, conversation, await fx.provider.getMessages({ ...channel, destination: conversation.destination }));
  }
  return { channel, changed };
}

describe("applyChannels", { timeout: 30_000 }, () => {
  it("adds channels, follows renames, flags delisted ones and lists them again, announcing only changes", async () => {
    const first = await mirrorChannels();
    expect(first.changed).toBe(true);
    expect(first.listed.map((c) => c.platform).sort()).toEqual(["telegram", "whatsapp"]);
    expect(await fx.events()).toEqual([{ type: "channels.changed" }]);

    expect((await mirrorChannels()).changed).toBe(false);
    expect(await fx.events()).toHaveLength(1);

    await fx.db.update(sandboxChannels).set({ name: "WhatsApp Ventas" }).where(eq(sandboxChannels.id, fx.whatsapp.id));
    await fx.db.delete(sandboxChannels).where(eq(sandboxChannels.id, fx.telegram.id));
    const renamed = await mirrorChannels();
    expect(renamed.changed).toBe(true);
    expect(renamed.listed.map((c) => c.name)).toEqual(["WhatsApp Ventas"]);
    const telegram = await fx.mirroredChannel("telegram");
    expect(telegram.listed).toBe(false);
    expect(await fx.events()).toHaveLength(2);

    await fx.db.insert(sandboxChannels).values({ platform: "telegram", platformId: fx.telegram.platformId, name: "Telegram Bot" });
    const back = await mirrorChannels();
    expect(back.listed).toHaveLength(2);
    expect((await fx.mirroredChannel("telegram")).id).toBe(telegram.id);
    expect((await fx.mirroredChannel("telegram")).listed).toBe(true);
  });
});

describe("applyChatHeads", { timeout: 30_000 }, () => {
  it("reports new chats and chats whose latest message changed, and nothing else", async () => {
    await fx.addMessage({ destination: "34600000001", text: "Hola", at: minutesAgo(10) });
    await fx.addMessage({ destination: "34600000002", text: "Hello", at: minutesAgo(9) });
    await mirrorChannels();
    const { channel, changed } = await syncWhatsapp();
    expect(changed.map((c) => c.conversation.destination).sort()).toEqual(["34600000001", "34600000002"]);
    // Heads only create the conversations; the summary moves with the thread.
    expect(changed.every((c) => c.conversation.lastProviderMessageId === null)).toBe(true);

    expect(await applyChatHeads(fx.db, channel, await fx.provider.getChats(channel))).toEqual([]);

    await fx.addMessage({ destination: "34600000002", text: "Anyone there?" });
    const again = await applyChatHeads(fx.db, channel, await fx.provider.getChats(channel));
    expect(again.map((c) => c.conversation.destination)).toEqual(["34600000002"]);
    expect(again[0].head.text).toBe("Anyone there?");
    // Nothing was stored by looking at heads.
    expect(await fx.threadOf(again[0].conversation.id)).toHaveLength(1);
  });

  it("reports a chat whose latest message only changed status", async () => {
    await fx.addMessage({ destination: "34600000001", text: "Hola", at: minutesAgo(10) });
    const reply = await fx.addMessage({ destination: "34600000001", text: "¿En qué le ayudo?", sent: 1, status: "delivered", at: minutesAgo(9) });
    await mirrorChannels();
    const { channel } = await syncWhatsapp();
    await fx.setStatus(reply, "read");
    const changed = await applyChatHeads(fx.db, channel, await fx.provider.getChats(channel));
    expect(changed.map((c) => c.head.status)).toEqual(["read"]);
  });
});

describe("applyMessages", { timeout: 30_000 }, () => {
  it("stores a page once: applying it again stores nothing and publishes nothing", async () => {
    await fx.addMessage({ destination: "34600000001", text: "Hola 👋", at: minutesAgo(10) });
    await fx.addMessage({ destination: "34600000001", text: "Buenos días", sent: 1, status: "read", at: minutesAgo(9) });
    await mirrorChannels();
    const channel = await fx.mirroredChannel("whatsapp");
    const [{ conversation }] = await applyChatHeads(fx.db, channel, await fx.provider.getChats(channel));
    const page = await fx.provider.getMessages({ ...channel, destination: conversation.destination });

    const first = await applyMessages(fx.db, conversation, page);
    expect(first).toMatchObject({ inserted: 2, insertedInbound: 1, statusChanges: 0, summaryChanged: true });
    const eventsAfterFirst = (await fx.events()).length;

    const second = await applyMessages(fx.db, conversation, page);
    expect(second).toEqual({ inserted: 0, insertedInbound: 0, statusChanges: 0, summaryChanged: false, events: [] });
    expect(await fx.threadOf(conversation.id)).toHaveLength(2);
    expect((await fx.events()).length).toBe(eventsAfterFirst);

    const [row] = await fx.db.select().from(conversations).where(eq(conversations.id, conversation.id));
    expect(row).toMatchObject({
      lastMessageText: "Buenos días",
      lastMessageDirection: "outbound",
      lastProviderStatus: "read",
      inboundCount: 1,
    });
    expect(row.mirroredAt).toBeInstanceOf(Date);
  });

  it("counts inbound messages on the conversation and the channel, and tells each new message's counts", async () => {
    await fx.addMessage({ destination: "34600000001", text: "uno", at: minutesAgo(10) });
    await fx.addMessage({ destination: "34600000002", text: "dos", at: minutesAgo(9) });
    await mirrorChannels();
    const { channel } = await syncWhatsapp();

    await fx.addMessage({ destination: "34600000001", text: "tres", at: minutesAgo(2) });
    await fx.addMessage({ destination: "34600000001", text: "respuesta", sent: 1, at: minutesAgo(1) });
    await fx.addMessage({ destination: "34600000001", text: "cuatro" });
    const before = (await fx.events()).length;
    await syncWhatsapp();

    const conv = await fx.conversation(channel.id, "34600000001");
    expect(conv.inboundCount).toBe(3);
    expect(conv.lastInboundAt!.getTime()).toBeGreaterThan(minutesAgo(1).getTime());
    const [mirrored] = await fx.db.select().from(channels).where(eq(channels.id, channel.id));
    expect(mirrored.inboundCount).toBe(4);

    const created = (await fx.events()).slice(before).filter((e) => e.type === "message.created");
    expect(created.map((e) => [e.direction, e.conversationInboundCount, e.channelInboundCount])).toEqual([
      ["inbound", 2, 3],
      ["outbound", 2, 3],
      ["inbound", 3, 4],
    ]);
    const thread = await fx.threadOf(conv.id);
    expect(created.map((e) => e.messageId)).toEqual(thread.slice(1).map((m) => m.id));
    // Ids and counts only: no message text travels in events.
    expect(JSON.stringify(await fx.events())).not.toMatch(/uno|dos|tres|cuatro|respuesta/);
  });

  it("files a late message with an older datetime into the thread without making it the last message", async () => {
    await fx.addMessage({ destination: "34600000001", text: "first", at: minutesAgo(10) });
    await fx.addMessage({ destination: "34600000001", text: "latest", at: minutesAgo(1) });
    await mirrorChannels();
    const { channel } = await syncWhatsapp();
    const conv = await fx.conversation(channel.id, "34600000001");

    // The provider now shows a message from before "latest" that it had not shown yet.
    await fx.addMessage({ destination: "34600000001", text: "late", sent: 1, at: minutesAgo(5) });
    const result = await applyMessages(fx.db, conv, await fx.provider.getMessages({ ...channel, destination: "34600000001" }));
    expect(result.inserted).toBe(1);

    const after = await fx.conversation(channel.id, "34600000001");
    expect(after.lastMessageText).toBe("latest");
    expect(after.lastMessageDirection).toBe("inbound");
    expect(after.lastProviderMessageId).toBe(conv.lastProviderMessageId);
    expect((await fx.threadOf(conv.id)).map((m) => m.body)).toEqual(["first", "late", "latest"]);
    // Heads still match the mirror: the late message triggers no refetch loop.
    expect(await applyChatHeads(fx.db, channel, await fx.provider.getChats(channel))).toEqual([]);

    // A page holding only older messages never moves the summary back.
    const onlyOld = (await fx.provider.getMessages({ ...channel, destination: "34600000001" })).slice(0, 1);
    await applyMessages(fx.db, conv, onlyOld);
    expect((await fx.conversation(channel.id, "34600000001")).lastMessageText).toBe("latest");
  });

  it("follows provider status changes with message.updated, and moves the summary's status", async () => {
    await fx.addMessage({ destination: "34600000001", text: "Hola", at: minutesAgo(10) });
    const older = await fx.addMessage({ destination: "34600000001", text: "a", sent: 1, status: "delivered", at: minutesAgo(9) });
    const latest = await fx.addMessage({ destination: "34600000001", text: "b", sent: 1, status: "delivered", at: minutesAgo(8) });
    await mirrorChannels();
    const { channel } = await syncWhatsapp();
    const conv = await fx.conversation(channel.id, "34600000001");
    const before = (await fx.events()).length;

    await fx.setStatus(older, "read");
    await fx.setStatus(latest, "read");
    const result = await applyMessages(fx.db, conv, await fx.provider.getMessages({ ...channel, destination: "34600000001" }));
    expect(result).toMatchObject({ inserted: 0, statusChanges: 2, summaryChanged: true });

    const thread = await fx.threadOf(conv.id);
    expect(thread.map((m) => m.providerStatus)).toEqual(["received", "read", "read"]);
    const published = (await fx.events()).slice(before);
    // publishEvents stamps each conversation event with the conversation's assignee (none here).
    expect(published).toEqual([
      { type: "message.updated", channelId: channel.id, conversationId: conv.id, messageId: thread[1].id, status: "read", assigneeId: null },
      { type: "message.updated", channelId: channel.id, conversationId: conv.id, messageId: thread[2].id, status: "read", assigneeId: null },
      { type: "conversation.updated", channelId: channel.id, conversationId: conv.id, assigneeId: null },
    ]);
    expect((await fx.conversation(channel.id, "34600000001")).lastProviderStatus).toBe("read");
  });

  it("keeps one row per provider message even when a page repeats an id", async () => {
    await fx.addMessage({ destination: "34600000001", text: "Hola", at: minutesAgo(10) });
    await mirrorChannels();
    const channel = await fx.mirroredChannel("whatsapp");
    const [{ conversation }] = await applyChatHeads(fx.db, channel, await fx.provider.getChats(channel));
    const page = await fx.provider.getMessages({ ...channel, destination: "34600000001" });
    await Promise.all([applyMessages(fx.db, conversation, [...page, ...page]), applyMessages(fx.db, conversation, page)]);
    const rows = await fx.db.select().from(messages).where(eq(messages.conversationId, conversation.id));
    expect(rows).toHaveLength(1);
    expect((await fx.conversation(channel.id, "34600000001")).inboundCount).toBe(1);
  });
});
