import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { messages } from "@/lib/db/schema";
import { sendReply } from "@/lib/inbox/reply";
import { queueFault } from "@/lib/sandbox/faults";
import { applyMessages } from "@/lib/sync/mirror-messages";
import { claimNext } from "./claim";
import { deliver } from "./deliver";
import { retryFailed } from "./retry";
import { openOutboxFixture, type OutboxFixture } from "./test-helpers";

let fx: OutboxFixture;
beforeAll(async () => {
  fx = await openOutboxFixture();
});
afterAll(async () => {
  await fx.teardown();
});
beforeEach(async () => {
  await fx.db.execute(sql`delete from messages`);
  await fx.db.execute(sql`delete from sandbox_messages`);
});

const reply = async (conversationId: string, text: string) =>
  (await sendReply(fx.ctx, fx.config, conversationId, { idempotencyKey: randomUUID(), text })).message.id;
const deps = () => ({ db: fx.db, provider: fx.provider, random: () => 1 });
const chatOf = (destination: string) => ({ platform: fx.whatsapp.platform, platformId: fx.whatsapp.platformId, destination });

describe("claiming", () => {
  it("takes one due reply at a time, in each conversation's order, skipping chats with an unsent earlier reply", async () => {
    const a = await fx.chat("34600000001");
    const b = await fx.chat("34600000002");
    const a1 = await reply(a, "first to a");
    const a2 = await reply(a, "second to a");
    const b1 = await reply(b, "first to b");

    expect((await claimNext(fx.db, 60_000))?.id).toBe(a1);
    expect((await claimNext(fx.db, 60_000))?.id).toBe(b1);
    // a2 waits while a1 is being sent.
    expect(await claimNext(fx.db, 60_000)).toBeNull();
    // A failed earlier reply does not hold the chat back.
    await fx.db.update(messages).set({ delivery: "failed" }).where(eq(messages.id, a1));
    const next = await claimNext(fx.db, 60_000);
    expect(next?.id).toBe(a2);
    expect(next?.delivery).toBe("sending");
    expect(next?.deliveryAttempts).toBe(1);
  });

  it("takes a send again once its lease ran out, marked to be looked for upstream first", async () => {
    const a = await fx.chat("34600000001");
    const id = await reply(a, "lease me");
    const first = await claimNext(fx.db, 60_000);
    expect(first?.ambiguousSince).toBeNull();
    expect(await claimNext(fx.db, 60_000)).toBeNull();
    await fx.db.update(messages).set({ leaseUntil: sql`now() - interval '1 second'` }).where(eq(messages.id, id));
    const again = await claimNext(fx.db, 60_000);
    expect(again?.id).toBe(id);
    expect(again?.deliveryAttempts).toBe(2);
    expect(again?.ambiguousSince).not.toBeNull();
  });

  it("never gives one reply to two concurrent claimers", async () => {
    const a = await fx.chat("34600000001");
    const b = await fx.chat("34600000002");
    await reply(a, "one");
    await reply(b, "two");
    const claims = await Promise.all(Array.from({ length: 6 }, () => claimNext(fx.db, 60_000)));
    const ids = claims.filter((c) => c !== null).map((c) => c.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });
});

describe("idempotency", () => {
  it("stores a reply once when the same key is posted twice", async () => {
    const a = await fx.chat("34600000001");
    const key = randomUUID();
    const first = await sendReply(fx.ctx, fx.config, a, { idempotencyKey: key, text: "only once" });
    const second = await sendReply(fx.ctx, fx.config, a, { idempotencyKey: key, text: "only once" });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.message.id).toBe(first.message.id);
    expect(first.message).toMatchObject({ delivery: "pending", direction: "outbound", kind: "text", sentBy: { id: fx.agent.id, name: "Ana" } });
    const rows = await fx.db.select().from(messages).where(eq(messages.idempotencyKey, key));
    expect(rows).toHaveLength(1);
  });

  it("refuses a key already used in another conversation", async () => {
    const a = await fx.chat("34600000001");
    const b = await fx.chat("34600000002");
    const key = randomUUID();
    await sendReply(fx.ctx, fx.config, a, { idempotencyKey: key, text: "x" });
    await expect(sendReply(fx.ctx, fx.config, b, { idempotencyKey: key, text: "x" })).rejects.toMatchObject({ status: 409 });
  });
});

describe("delivery", () => {
  it("sends a claimed reply and the mirror links the provider's copy instead of storing it twice", async () => {
    const a = await fx.chat("34600000003");
    const id = await reply(a, "hello there");
    const claimed = await claimNext(fx.db, 60_000);
    expect(await deliver(deps(), claimed!)).toBe("sent");
    expect(await fx.upstream("34600000003")).toEqual(["hello there"]);

    await applyMessages(fx.db, { id: a }, await fx.provider.getMessages(chatOf("34600000003")));
    const rows = await fx.db.select().from(messages).where(eq(messages.conversationId, a));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id, delivery: "sent", providerStatus: "sent" });
    expect(rows[0].providerMessageId).not.toBeNull();
  });

  it("links two identical replies sent on purpose one-to-one", async () => {
    const a = await fx.chat("34600000004");
    const first = await reply(a, "same words");
    const second = await reply(a, "same words");
    for (let i = 0; i < 2; i += 1) expect(await deliver(deps(), (await claimNext(fx.db, 60_000))!)).toBe("sent");
    expect(await fx.upstream("34600000004")).toEqual(["same words", "same words"]);
    await applyMessages(fx.db, { id: a }, await fx.provider.getMessages(chatOf("34600000004")));
    const rows = await fx.db.select().from(messages).where(eq(messages.conversationId, a)).orderBy(messages.id);
    expect(rows.map((r) => r.id)).toEqual([first, second]);
    expect(new Set(rows.map((r) => r.providerMessageId)).size).toBe(2);
    expect(rows.every((r) => r.providerMessageId !== null)).toBe(true);
  });

  it("retries a send after an ambiguous timeout without duplicating it", async () => {
    const a = await fx.chat("34600000005");
    const id = await reply(a, "did it arrive?");
    // The stand-in stores the message, then answers after the client gave up (3 s).
    queueFault({ kind: "blackhole", ms: 4000, methods: ["sendmessage"] });
    expect(await deliver(deps(), (await claimNext(fx.db, 60_000))!)).toBe("retry");
    const waiting = await fx.row(id);
    expect(waiting.delivery).toBe("pending");
    expect(waiting.ambiguousSince).not.toBeNull();
    expect(await fx.upstream("34600000005")).toEqual(["did it arrive?"]);

    await fx.db.update(messages).set({ nextAttemptAt: sql`now()` }).where(eq(messages.id, id));
    expect(await deliver(deps(), (await claimNext(fx.db, 60_000))!)).toBe("sent");
    expect(await fx.upstream("34600000005")).toEqual(["did it arrive?"]);
    const done = await fx.row(id);
    expect(done.providerMessageId).not.toBeNull();
  }, 15_000);

  it("does not send after looking upstream when another worker took the reply meanwhile", async () => {
    const a = await fx.chat("34600000008");
    const id = await reply(a, "whose is it?");
    await fx.db.update(messages).set({ ambiguousSince: sql`now()` }).where(eq(messages.id, id));
    const stale = (await claimNext(fx.db, 60_000))!;
    // Its lease ran out while it looked upstream; a second worker claimed the reply.
    await fx.db.update(messages).set({ leaseUntil: sql`now() - interval '1 second'` }).where(eq(messages.id, id));
    const fresh = (await claimNext(fx.db, 60_000))!;
    expect(fresh.deliveryAttempts).toBe(2);
    expect(await deliver(deps(), stale)).toBe("lost");
    expect(await fx.upstream("34600000008")).toEqual([]);
    expect(await deliver(deps(), fresh)).toBe("sent");
    expect(await fx.upstream("34600000008")).toEqual(["whose is it?"]);
  });

  it("puts a reply back with backoff after an HTTP 5xx, keeping the error", async () => {
    const a = await fx.chat("34600000006");
    const id = await reply(a, "try again");
    queueFault({ kind: "http500", methods: ["sendmessage"] });
    const before = Date.now();
    expect(await deliver(deps(), (await claimNext(fx.db, 60_000))!)).toBe("retry");
    const row = await fx.row(id);
    expect(row).toMatchObject({ delivery: "pending", lastErrorCode: "http_500", deliveryAttempts: 1 });
    expect(row.nextAttemptAt!.getTime()).toBeGreaterThanOrEqual(before + 900);
    expect(await claimNext(fx.db, 60_000)).toBeNull();
    expect(await fx.upstream("34600000006")).toEqual([]);
  });

  it("looks upstream before resending after an HTTP 5xx, so a gateway that stored the reply does not get it twice", async () => {
    const a = await fx.chat("34600000007");
    const id = await reply(a, "stored behind a 500");
    queueFault({ kind: "http500", methods: ["sendmessage"] });
    expect(await deliver(deps(), (await claimNext(fx.db, 60_000))!)).toBe("retry");
    expect((await fx.row(id)).ambiguousSince).not.toBeNull();
    // The stand-in's http500 has no effect; a real gateway may have stored the reply first.
    await fx.addMessage({ destination: "34600000007", text: "stored behind a 500", sent: 1 });

    await fx.db.update(messages).set({ nextAttemptAt: sql`now()` }).where(eq(messages.id, id));
    expect(await deliver(deps(), (await claimNext(fx.db, 60_000))!)).toBe("sent");
    expect(await fx.upstream("34600000007")).toEqual(["stored behind a 500"]);
    expect((await fx.row(id)).providerMessageId).not.toBeNull();
  });

  it("fails a reply the provider refuses for good, and the retry puts it back in the queue", async () => {
    const a = await fx.chat("34600000099");
    const { message } = await sendReply(fx.ctx, fx.config, a, {
      idempotencyKey: randomUUID(),
      fileUrl: "https://example.com/a.png",
      fileType: "image",
    });
    // sendfile to a chat the provider does not have answers CHAT_NOT_FOUND.
    expect(await deliver(deps(), (await claimNext(fx.db, 60_000))!)).toBe("failed");
    const failed = await fx.row(message.id);
    expect(failed).toMatchObject({ delivery: "failed", lastErrorCode: "CHAT_NOT_FOUND" });
    expect(failed.lastError).toMatch(/no longer exists/);

    const back = await retryFailed(fx.db, message.id);
    expect(back).toMatchObject({ delivery: "pending", lastError: null, deliveryAttempts: 0 });
    await expect(retryFailed(fx.db, message.id)).rejects.toMatchObject({ status: 409 });
  });
});
