import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { channels, sandboxChannels } from "@/lib/db/schema";
import { queueFault } from "@/lib/sandbox/faults";
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from "./engine";
import { silentSyncLog } from "./log";
import { eventually, openSyncFixture, sleep, watchProvider, type SyncFixture } from "./test-helpers";

let fx: SyncFixture;
let engine: SyncEngine | null = null;
beforeAll(async () => {
  fx = await openSyncFixture();
}, 60_000);
beforeEach(async () => {
  await fx.reset();
});
afterEach(async () => {
  await engine?.stop();
  engine = null;
});
afterAll(async () => {
  await fx?.teardown();
});

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

function startEngine(options: Partial<SyncEngineOptions> = {}): SyncEngine {
  engine = createSyncEngine({
    db: fx.db,
    provider: fx.provider,
    intervalMs: 60,
    // These tests are about mirroring, not heat: every channel at one pace (scheduler.test.ts has the heat).
    idleIntervalMs: options.intervalMs ?? 60,
    maxRequestsPerSecond: 200,
    channelRefreshMs: 60_000,
    log: silentSyncLog,
    ...options,
  });
  engine.start();
  return engine;
}

async function mirroredMessage(text: string) {
  return eventually(async () => (await fx.db.query.messages.findFirst({ where: (m, { eq }) => eq(m.body, text) })) ?? undefined, 10_000, `"${text}" in the mirror`);
}

/** Waits until each listed channel has been polled `n` more times. */
async function morePolls(n: number, platformIds = [fx.whatsapp.platformId, fx.telegram.platformId]) {
  const counts = () => platformIds.map((p) => fx.calls.filter((c) => c.method === "getchats" && c.platformId === p).length);
  const start = counts();
  await eventually(async () => counts().every((c, i) => c >= start[i] + n), 10_000, `${n} more polls`);
}

async function removeTelegramUpstream() {
  await fx.db.delete(sandboxChannels).where(eq(sandboxChannels.id, fx.telegram.id));
}

describe("sync engine", { timeout: 30_000 }, () => {
  it("mirrors every chat at start, then fetches a thread only when its latest message changed", async () => {
    await fx.addMessage({ destination: "34600000001", text: "Hola", at: minutesAgo(30) });
    await fx.addMessage({ destination: "34600000002", text: "Hello", at: minutesAgo(20) });
    await fx.addMessage({ destination: "5550001", text: "Привет", at: minutesAgo(10), channelId: fx.telegram.id });
    startEngine();
    await mirroredMessage("Hola");
    await mirroredMessage("Hello");
    await mirroredMessage("Привет");
    expect(fx.count("getmessages")).toBe(3);

    await morePolls(6);
    expect(fx.count("getmessages")).toBe(3);

    await fx.addMessage({ destination: "34600000002", text: "¿Hay alguien?" });
    await mirroredMessage("¿Hay alguien?");
    await morePolls(2);
    const threads = fx.calls.filter((c) => c.method === "getmessages").map((c) => c.destination);
    expect(threads.slice(3)).toEqual(["34600000002"]);
    expect(fx.count("getchatchannels")).toBe(1);
  });

  it("keeps the status of recent outbound messages current even when they are not the latest", async () => {
    const reply = await fx.addMessage({ destination: "34600000001", text: "Le respondo", sent: 1, status: "delivered", at: minutesAgo(3) });
    await fx.addMessage({ destination: "34600000001", text: "Gracias", at: minutesAgo(2) });
    await removeTelegramUpstream();
    startEngine({ statusSweepEvery: 3 });
    await mirroredMessage("Gracias");

    await fx.setStatus(reply, "read");
    await eventually(async () => (await mirroredMessage("Le respondo")).providerStatus === "read", 10_000, "the status in the mirror");
    const updated = (await fx.events()).filter((e) => e.type === "message.updated");
    expect(updated).toEqual([expect.objectContaining({ status: "read" })]);

    // Final statuses are not looked after any more.
    const fetches = fx.count("getmessages");
    await morePolls(7, [fx.whatsapp.platformId]);
    expect(fx.count("getmessages")).toBe(fetches);
  });

  it("makes at most one provider call at a time per channel, polls and on-demand fetches together", async () => {
    for (let i = 0; i < 6; i++) await fx.addMessage({ destination: `3460000010${i}`, text: `chat ${i}`, at: minutesAgo(10 - i) });
    await fx.addMessage({ destination: "5550001", text: "tg", at: minutesAgo(10), channelId: fx.telegram.id });
    const watched = watchProvider(fx.provider);
    queueFault({ kind: "latency", ms: 40, count: 40 });
    const e = startEngine({ provider: watched.provider });
    await mirroredMessage("chat 5");
    const conversations = await fx.db.query.conversations.findMany();
    await Promise.all(conversations.map((c) => e.refreshChat(c.id)));
    await morePolls(2);
    expect(watched.maxPerChannel()).toBe(1);
    // …while different channels do poll side by side.
    expect(watched.maxOverall()).toBe(2);
  });

  it("shares one upstream call among ten concurrent refreshes of one chat", async () => {
    await fx.addMessage({ destination: "34600000001", text: "Hola", at: minutesAgo(10) });
    const e = startEngine({ intervalMs: 60_000 });
    const { conversationId } = await mirroredMessage("Hola");
    await fx.addMessage({ destination: "34600000001", text: "Otra cosa" });
    const before = fx.count("getmessages");
    await Promise.all(Array.from({ length: 10 }, () => e.refreshChat(conversationId)));
    expect(fx.count("getmessages") - before).toBe(1);
    expect((await fx.threadOf(conversationId)).map((m) => m.body)).toEqual(["Hola", "Otra cosa"]);
  });

  it("marks a channel degraded after repeated transport failures, backing off, and clears it on recovery", async () => {
    await fx.addMessage({ destination: "34600000001", text: "Hola", at: minutesAgo(10) });
    await removeTelegramUpstream();
    startEngine({ intervalMs: 100 });
    await mirroredMessage("Hola");
    const channelRow = async () => (await fx.db.select().from(channels).where(eq(channels.platform, "whatsapp")))[0];
    await eventually(async () => (await channelRow()).lastSyncedAt !== null, 10_000, "a first sync");

    const failingFrom = fx.calls.length;
    queueFault({ kind: "http500", methods: ["getchats"], count: 4 });
    const degraded = await eventually(async () => {
      const row = await channelRow();
      return row.degradedSince ? row : undefined;
    }, 10_000, "the degraded state");
    expect(degraded).toMatchObject({ lastSyncError: "transport:http_500" });
    expect(degraded.syncFailures).toBeGreaterThanOrEqual(3);

    const recovered = await eventually(async () => {
      const row = await channelRow();
      return row.degradedSince === null && row.syncFailures === 0 ? row : undefined;
    }, 10_000, "recovery");
    expect(recovered.lastSyncError).toBeNull();
    expect(recovered.lastSyncedAt!.getTime()).toBeGreaterThan(degraded.degradedSince!.getTime());

    // Each wait after a failure doubles (base 100 ms, -20% at most; a busy machine only adds).
    const polls = fx.calls.slice(failingFrom).filter((c) => c.method === "getchats").slice(0, 5).map((c) => c.at);
    const gaps = polls.slice(1).map((t, i) => t - polls[i]);
    expect(gaps).toHaveLength(4);
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(0.8 * 100 * 2 ** i - 2));
    expect(gaps[3]).toBeLessThan(5000);

    const health = (await fx.events()).filter((e) => e.type === "channel.updated");
    expect(health.map((e) => [e.degraded, e.lastSyncError])).toEqual([
      [false, null],
      [true, "transport:http_500"],
      [false, null],
    ]);
  });

  it("does not call a channel degraded for fewer than three failures in a row", async () => {
    await fx.addMessage({ destination: "34600000001", text: "Hola", at: minutesAgo(10) });
    await removeTelegramUpstream();
    queueFault({ kind: "reset", methods: ["getchats"], count: 2 });
    startEngine({ intervalMs: 400 });
    await mirroredMessage("Hola");
    const [row] = await fx.db.select().from(channels).where(eq(channels.platform, "whatsapp"));
    expect(row).toMatchObject({ degradedSince: null, syncFailures: 0, lastSyncError: null });
    expect((await fx.events()).filter((e) => e.type === "channel.updated").map((e) => e.degraded)).toEqual([false]);
  });

  it("never goes over its request budget", async () => {
    for (let i = 0; i < 4; i++) await fx.addMessage({ destination: `3460000020${i}`, text: `b${i}`, at: minutesAgo(10 - i) });
    const watched = watchProvider(fx.provider);
    startEngine({ provider: watched.provider, intervalMs: 5, maxRequestsPerSecond: 4 });
    await sleep(2600);
    await engine!.stop();
    const times = watched.starts;
    expect(times.length).toBeGreaterThanOrEqual(9);
    expect(fx.calls.length).toBe(times.length);
    // Start times are taken a tick after the budget's own clock: allow a few ms.
    const inWindow = times.map((t) => times.filter((u) => u >= t && u < t + 990).length);
    expect(Math.max(...inWindow)).toBeLessThanOrEqual(4);
  });

  it("stops polling a channel the provider no longer lists, and stop() waits for the call in progress", async () => {
    const watched = watchProvider(fx.provider);
    startEngine({ provider: watched.provider, channelRefreshMs: 150 });
    await morePolls(1);
    await removeTelegramUpstream();
    await eventually(async () => (await fx.db.select().from(channels).where(eq(channels.platform, "telegram")))[0]?.listed === false, 10_000, "telegram delisted");
    await sleep(100);
    const telegramPolls = () => fx.calls.filter((c) => c.method === "getchats" && c.platformId === fx.telegram.platformId).length;
    const afterDelist = telegramPolls();
    await morePolls(3, [fx.whatsapp.platformId]);
    expect(telegramPolls()).toBe(afterDelist);

    queueFault({ kind: "latency", ms: 1000, methods: ["getchats"] });
    const slowFrom = fx.calls.length;
    await eventually(async () => fx.calls.slice(slowFrom).some((c) => c.method === "getchats"), 3000, "the slow call");
    expect(watched.inFlight()).toBe(1);
    await engine!.stop();
    expect(watched.inFlight()).toBe(0);
    const total = fx.calls.length;
    await sleep(200);
    expect(fx.calls.length).toBe(total);
  });

  it("lets a quiet channel cool, heats it at once for an agent looking at it, and on a customer's message", async () => {
    await fx.addMessage({ destination: "34600000001", text: "Hola", at: minutesAgo(60) });
    await removeTelegramUpstream();
    const e = startEngine({ intervalMs: 100, idleIntervalMs: 60_000 });
    await mirroredMessage("Hola");
    const polls = () => fx.calls.filter((c) => c.method === "getchats").map((c) => c.at);
    // Cooling: 200, 400, 800, 1600 ms… after the first poll.
    await eventually(async () => polls().length >= 5, 10_000, "five polls");
    // Each wait at least its step (waits are shortened by up to 15%); a busy machine only
    // lengthens them, so only the lower bounds are checked: without cooling every one is ~100 ms.
    // A poll's time is taken when the stand-in's handler runs, on the engine's own busy thread: it
    // can lag the send by tens of ms, shortening the gap after it (one came out 159 ms for 200).
    const gaps = polls().slice(1, 5).map((t, i) => t - polls()[i]);
    [200, 400, 800, 1600].forEach((step, i) => expect(gaps[i], `wait ${i + 1}`).toBeGreaterThanOrEqual(0.85 * step - 40));
    await sleep(500);

    const channel = await fx.mirroredChannel("whatsapp");
    const before = polls().length;
    const watchedAt = Date.now();
    e.markChannelWatched(channel.id, 2000);
    await eventually(async () => polls().length > before, 3000, "a poll for the watcher");
    expect(polls()[before] - watchedAt).toBeLessThan(300);
    await sleep(1000);
    expect(polls().length - before).toBeGreaterThanOrEqual(6); // every ~100 ms while watched

    // Hot from a customer's message: the next poll sees it, and the pace stays hot.
    await sleep(4000);
    await fx.addMessage({ destination: "34600000001", text: "¿Sigue ahí?" });
    await mirroredMessage("¿Sigue ahí?");
    const seen = polls().length;
    await sleep(1000);
    expect(polls().length - seen).toBeGreaterThanOrEqual(6);
  });
});
