import { asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { channels, conversations, messages } from "@/lib/db/schema";
import { addBulkHistory } from "./bulk";
import { SimulatorError } from "./simulator";
import { BULK_MAX_MESSAGES, bulkHistorySchema, bulkMessageText } from "./simulator-schema";
import { openSandboxFixture, type SandboxFixture } from "./test-helpers";

let fx: SandboxFixture;
let appChannelId: string;
beforeAll(async () => {
  fx = await openSandboxFixture();
  // The inbox's mirror of the sandbox's WhatsApp channel (what the sync makes at start).
  [{ id: appChannelId }] = await fx.db
    .insert(channels)
    .values({ platform: fx.whatsapp.platform, platformId: fx.whatsapp.platformId, name: "WhatsApp Support" })
    .returning({ id: channels.id });
});
beforeEach(async () => {
  await fx.db.delete(conversations);
  await fx.db.update(channels).set({ inboundCount: 0 });
});
afterAll(() => fx.close());

const NOW = new Date("2026-06-01T12:00:00Z");
const add = (body: unknown) => addBulkHistory(fx.db, String(fx.whatsapp.id), bulkHistorySchema.parse(body), NOW);

describe("bulk history", () => {
  it("imports a long chat into the mirror, oldest first, numbered, both sides taking turns, with its summary and counts", async () => {
    const made = await add({ destination: "long", chats: 1, messagesPerChat: 5 });
    expect(made.messages).toBe(5);
    const rows = await fx.db.select().from(messages).where(eq(messages.conversationId, made.conversationIds[0])).orderBy(asc(messages.sentAt));
    expect(rows.map((m) => m.body)).toEqual([1, 2, 3, 4, 5].map((n) => bulkMessageText("long", n)));
    expect(rows.map((m) => m.direction)).toEqual(["inbound", "outbound", "inbound", "outbound", "inbound"]);
    const [conversation] = await fx.db.select().from(conversations).where(eq(conversations.id, made.conversationIds[0]));
    expect(conversation).toMatchObject({ channelId: appChannelId, destination: "long", lastMessageText: bulkMessageText("long", 5), inboundCount: 3 });
    expect(conversation.lastMessageAt?.getTime()).toBe(NOW.getTime() - 60_000);
    const [channel] = await fx.db.select().from(channels).where(eq(channels.id, appChannelId));
    expect(channel.inboundCount).toBe(3);
  });

  it("imports many one-message chats from the account alone, the last one newest, none unread", async () => {
    const made = await add({ destination: "many", chats: 3, messagesPerChat: 1, from: "operator" });
    const rows = await fx.db.select().from(conversations).where(inArray(conversations.id, made.conversationIds)).orderBy(asc(conversations.lastMessageAt));
    expect(rows.map((c) => c.destination)).toEqual(["many-1", "many-2", "many-3"]);
    expect(rows.every((c) => c.inboundCount === 0 && c.lastMessageDirection === "outbound")).toBe(true);
  });

  it("refuses more than the cap in one request, a chat that exists, and an unknown channel", async () => {
    const tooMany = bulkHistorySchema.safeParse({ destination: "x", chats: 2, messagesPerChat: BULK_MAX_MESSAGES });
    expect(tooMany.success).toBe(false);
    expect(tooMany.error?.issues[0].path).toEqual(["messagesPerChat"]);
    expect(bulkHistorySchema.safeParse({ destination: "has space", chats: 1, messagesPerChat: 1 }).success).toBe(false);
    await add({ destination: "twice", chats: 1, messagesPerChat: 1 });
    const again = await add({ destination: "twice", chats: 1, messagesPerChat: 1 }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(SimulatorError);
    expect((again as SimulatorError).code).toBe("invalid_input");
    const unknown = await addBulkHistory(fx.db, "999999", bulkHistorySchema.parse({ destination: "x", chats: 1, messagesPerChat: 1 }), NOW).catch((e: unknown) => e);
    expect((unknown as SimulatorError).code).toBe("not_found");
  });
});
