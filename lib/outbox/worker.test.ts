import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages } from "@/lib/db/schema";
import { sendReply } from "@/lib/inbox/reply";
import { queueFault } from "@/lib/sandbox/faults";
import { eventually } from "@/lib/sync/test-helpers";
import { backoffDelay } from "@/lib/backoff";
import { classifySendError, SEND_BACKOFF } from "./classify";
import { openOutboxFixture, type OutboxFixture } from "./test-helpers";
import { startOutboxWorker } from "./worker";
import { AfilnetApiError, AfilnetTransportError } from "@/lib/afilnet/errors";

let fx: OutboxFixture;
beforeAll(async () => {
  fx = await openOutboxFixture();
});
afterAll(async () => {
  await fx.teardown();
});

describe("the outbox worker", () => {
  it("sends every queued reply once, in each chat's order, through failures", async () => {
    const chats = ["34611000001", "34611000002", "34611000003"];
    const ids = await Promise.all(chats.map((d) => fx.chat(d)));
    const texts = new Map<string, string[]>();
    for (let i = 0; i < 5; i += 1) {
      for (const [n, conversationId] of ids.entries()) {
        const text = `reply ${i} to ${chats[n]}`;
        texts.set(chats[n], [...(texts.get(chats[n]) ?? []), text]);
        await sendReply(fx.ctx, fx.config, conversationId, { idempotencyKey: randomUUID(), text });
      }
    }
    queueFault({ kind: "http500", methods: ["sendmessage"], count: 2 });
    queueFault({ kind: "reset", methods: ["sendmessage"] });
    const worker = startOutboxWorker({ db: fx.db, provider: fx.provider, concurrency: 3, pollMs: 50, random: () => 0, log: () => {} });
    try {
      // Backoff here is 0.5 s, 1 s…: a few seconds cover every retry.
      await eventually(async () => {
        const rows = await fx.db.select({ delivery: messages.delivery }).from(messages);
        return rows.every((r) => r.delivery === "sent");
      }, 20_000, "every reply sent").catch(async (e: unknown) => {
        console.log(await fx.db.select({ id: messages.id, d: messages.delivery, a: messages.deliveryAttempts, e: messages.lastErrorCode, n: messages.nextAttemptAt, l: messages.leaseUntil }).from(messages));
        throw e;
      });
    } finally {
      await worker.stop();
    }
    for (const chat of chats) expect(await fx.upstream(chat)).toEqual(texts.get(chat));
  }, 30_000);

  it("gives back the leases of sends still on the wire when stopped", async () => {
    const conversationId = await fx.chat("34611000009");
    const { message } = await sendReply(fx.ctx, fx.config, conversationId, { idempotencyKey: randomUUID(), text: "slow one" });
    // The send outlasts stop()'s grace (the client gives up after 3 s), so it is still on the wire.
    queueFault({ kind: "blackhole", ms: 8000, methods: ["sendmessage"] });
    const worker = startOutboxWorker({ db: fx.db, provider: fx.provider, concurrency: 1, pollMs: 50, stopGraceMs: 200, log: () => {} });
    await eventually(async () => (await fx.row(message.id)).delivery === "sending", 5000, "send started");
    await worker.stop();
    const row = await fx.row(message.id);
    // Pending again at once, due now, to be looked for upstream before any second send.
    expect(row).toMatchObject({ delivery: "pending", leaseUntil: null });
    expect(row.ambiguousSince).not.toBeNull();
    expect(row.nextAttemptAt!.getTime()).toBeLessThanOrEqual(Date.now());
    // The abandoned send times out later; it must not overwrite what was given back.
    await new Promise((r) => setTimeout(r, 3500));
    expect((await fx.row(message.id)).delivery).toBe("pending");
    await fx.db.execute(sql`delete from messages where id = ${message.id}`);
  }, 15_000);
});

describe("leases", () => {
  it("leases a send for the client's timeout plus a margin, so a crashed send is taken again within seconds", async () => {
    const conversationId = await fx.chat("34611000010");
    const { message } = await sendReply(fx.ctx, fx.config, conversationId, { idempotencyKey: randomUUID(), text: "leased" });
    // Held past the client's 3 s timeout: the row stays 'sending' while we read its lease.
    queueFault({ kind: "blackhole", ms: 5000, methods: ["sendmessage"] });
    const worker = startOutboxWorker({ db: fx.db, provider: fx.provider, concurrency: 1, pollMs: 50, log: () => {} });
    try {
      await eventually(async () => (await fx.row(message.id)).delivery === "sending", 5000, "send started");
      const row = await fx.row(message.id);
      const leaseMs = row.leaseUntil!.getTime() - row.updatedAt.getTime();
      // Longer than a live send can take (else a slow send would be sent twice), and not much more.
      expect(leaseMs).toBeGreaterThan(fx.provider.timeoutMs);
      expect(leaseMs).toBeLessThanOrEqual(fx.provider.timeoutMs + 10_000);
    } finally {
      await worker.stop();
      await fx.db.execute(sql`delete from messages where id = ${message.id}`);
    }
  }, 15_000);
});

describe("classifying send failures", () => {
  it("stops on provider refusals, looks upstream after timeouts and error pages, repeats after refused connections", () => {
    expect(classifySendError(new AfilnetApiError("sendfile", "INCORRECT_FILEURL"))).toMatchObject({ kind: "permanent", code: "INCORRECT_FILEURL" });
    expect(classifySendError(new AfilnetApiError("sendmessage", "CHAT_NOT_FOUND")).message).toMatch(/no longer exists/);
    const timeout = new AfilnetTransportError("timed out", { kind: "timeout", method: "sendmessage", reachedServer: "ambiguous" });
    expect(classifySendError(timeout).kind).toBe("ambiguous");
    // A gateway's 5xx may come after the provider stored the send.
    const page = new AfilnetTransportError("HTTP 503", { kind: "http_status", method: "sendmessage", reachedServer: "yes", status: 503 });
    expect(classifySendError(page)).toMatchObject({ kind: "ambiguous", code: "http_503" });
    const refused = new AfilnetTransportError("refused", { kind: "network", method: "sendmessage", reachedServer: "no", causeCode: "ECONNREFUSED" });
    expect(classifySendError(refused)).toMatchObject({ kind: "transient", code: "ECONNREFUSED" });
    // An unreadable answer came from a provider that got the send: look before sending again.
    const garbled = new AfilnetTransportError("bad JSON", { kind: "malformed", method: "sendmessage", reachedServer: "yes" });
    expect(classifySendError(garbled).kind).toBe("ambiguous");
  });

  it("backs off exponentially with jitter, capped", () => {
    const backoffMs = (attempt: number, random: () => number) => backoffDelay(attempt, { ...SEND_BACKOFF, random });
    expect(backoffMs(1, () => 1)).toBe(1000);
    expect(backoffMs(4, () => 1)).toBe(8000);
    expect(backoffMs(4, () => 0)).toBe(4000);
    expect(backoffMs(30, () => 1)).toBe(300_000);
  });
});
