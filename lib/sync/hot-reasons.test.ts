import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "@/lib/db/client";
import { channels, conversations, messages } from "@/lib/db/schema";
import { hotChannelIds } from "./hot-reasons";

let database: OpenDatabase;
beforeAll(async () => {
  database = await openDatabase({ kind: "pglite" });
}, 60_000);
beforeEach(async () => {
  await database.db.execute(sql`truncate table events, messages, conversations, channels restart identity cascade`);
});
afterAll(async () => {
  await database?.close();
});

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

async function channel(name: string, listed = true) {
  const [row] = await database.db.insert(channels).values({ platform: "whatsapp", platformId: name, name, listed }).returning();
  return row.id;
}

async function conversation(channelId: string, last: { at: Date; direction: "inbound" | "outbound"; status?: "open" | "resolved" | "pending" }) {
  const [row] = await database.db
    .insert(conversations)
    .values({
      channelId,
      destination: `${Math.random()}`,
      status: last.status ?? "open",
      lastMessageAt: last.at,
      lastMessageDirection: last.direction,
      lastInboundAt: last.direction === "inbound" ? last.at : minutesAgo(600),
    })
    .returning();
  return row.id;
}

describe("hot channels from the database", () => {
  it("names the channels where a message came or went in the last two minutes", async () => {
    const customerWrote = await channel("customer");
    const replied = await channel("replied");
    const quiet = await channel("quiet");
    await conversation(customerWrote, { at: minutesAgo(1), direction: "inbound", status: "resolved" });
    await conversation(replied, { at: minutesAgo(1.5), direction: "outbound" });
    await conversation(quiet, { at: minutesAgo(2.5), direction: "outbound" });
    await conversation(quiet, { at: minutesAgo(30), direction: "inbound" });
    expect((await hotChannelIds(database.db)).sort()).toEqual([customerWrote, replied].sort());
  });

  it("keeps a channel hot while a customer waits for an answer in an open conversation, for three minutes", async () => {
    const waiting = await channel("waiting");
    const resolved = await channel("resolved");
    const longAgo = await channel("long-ago");
    await conversation(waiting, { at: minutesAgo(2.5), direction: "inbound" });
    await conversation(resolved, { at: minutesAgo(2.5), direction: "inbound", status: "resolved" });
    await conversation(longAgo, { at: minutesAgo(4), direction: "inbound" });
    expect(await hotChannelIds(database.db)).toEqual([waiting]);
  });

  it("names a channel with a reply waiting in the outbox, however old, and leaves out channels no longer listed", async () => {
    const sending = await channel("sending");
    const delisted = await channel("delisted", false);
    const id = await conversation(sending, { at: minutesAgo(60), direction: "inbound", status: "resolved" });
    await conversation(delisted, { at: minutesAgo(1), direction: "inbound" });
    await database.db.insert(messages).values({ conversationId: id, direction: "outbound", body: "On its way", sentAt: minutesAgo(30), delivery: "pending", idempotencyKey: "k1" });
    expect(await hotChannelIds(database.db)).toEqual([sending]);
    await database.db.update(messages).set({ delivery: "sent" });
    expect(await hotChannelIds(database.db)).toEqual([]);
  });
});
