import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createBudget } from "./budget";
import { createPollScheduler, type PollContext, type PollScheduler, type PollSchedulerOptions } from "./scheduler";

// A fake clock: Date.now and every timer move only when the test advances them, so minutes of
// polling run in milliseconds and every time below is exact.
beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
let scheduler: PollScheduler | null = null;
afterEach(async () => {
  const stopping = scheduler?.stop();
  await vi.runAllTimersAsync();
  await stopping;
  scheduler = null;
  vi.useRealTimers();
});

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

/**
 * A provider for the scheduler: each poll is a `getchats` that reaches the provider `transit` ms
 * after it starts and is answered `latency` ms later, and finds news when a message was written
 * into the channel since its previous poll (then fetches that thread: one more, urgent, call).
 */
function fakeProvider(budget: ReturnType<typeof createBudget>, { latency = 20, transit = (): number => 0, fail = (id: string): boolean => id === "\u0000" } = {}) {
  const polls = new Map<string, number[]>();
  const received: number[] = [];
  const written = new Map<string, number[]>();
  const pickups: number[] = [];
  const delayed = new Map<string, boolean>();
  async function call() {
    await wait(transit());
    received.push(Date.now());
    await wait(latency);
  }
  async function poll(id: string, { slot, delayed: isDelayed }: PollContext) {
    const startedAt = Date.now();
    polls.set(id, [...(polls.get(id) ?? []), startedAt]);
    delayed.set(id, isDelayed);
    try {
      await call();
    } finally {
      slot.settle();
    }
    if (fail(id)) throw new Error("transport");
    const news = (written.get(id) ?? []).filter((t) => t <= startedAt);
    if (news.length === 0) return { news: false };
    written.set(id, (written.get(id) ?? []).filter((t) => t > startedAt));
    await budget.run(call, "urgent");
    for (const t of news) pickups.push(Date.now() - t);
    return { news: true };
  }
  return {
    poll,
    polls,
    received,
    pickups,
    delayed,
    write: (id: string) => written.set(id, [...(written.get(id) ?? []), Date.now()]),
    gaps: (id: string) => (polls.get(id) ?? []).slice(1).map((t, i) => t - polls.get(id)![i]),
  };
}

function maxInAnyWindow(times: number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i] - sorted[j] >= windowMs) j++;
    max = Math.max(max, i - j + 1);
  }
  return max;
}

const ids = (n: number, prefix = "ch") => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

function start(options: Partial<PollSchedulerOptions> & Pick<PollSchedulerOptions, "poll" | "budget">, channels: string[]) {
  scheduler = createPollScheduler({ intervalMs: 2000, idleIntervalMs: 30_000, backoffCapMs: 60_000, random: () => 0, ...options });
  scheduler.setChannels(channels);
  scheduler.start();
  return scheduler;
}

describe("poll scheduler", () => {
  it("polls a quiet channel at the idle interval, makes it hot on news, then cools it step by step", async () => {
    const budget = createBudget({ maxPerSecond: 10 });
    const provider = fakeProvider(budget);
    start({ budget, poll: provider.poll }, ["a"]);
    await advance(61_000);
    // Nothing known at the start: polled at once, then cooling down to the idle interval.
    expect(provider.polls.get("a")).toEqual([0, 4000, 12_000, 28_000, 58_000]);

    await advance(4000);
    provider.write("a"); // at 65 s: the next idle poll (88 s) finds it
    await advance(30_000 + 120_000 + 62_000);
    const gaps = provider.gaps("a").slice(4);
    // Hot for two minutes after the news, every interval…
    const hot = gaps.filter((g) => g === 2000).length;
    expect(hot).toBeGreaterThanOrEqual(59);
    expect(gaps.slice(0, 1)).toEqual([30_000]);
    // …then one step cooler after each poll that finds nothing, down to the idle interval.
    expect(gaps.slice(1 + hot)).toEqual([4000, 8000, 16_000, 30_000]);
    // Written at 65 s, seen by the poll at 88 s, fetched by one more call (latency 20 ms each).
    expect(provider.pickups).toHaveLength(1);
    expect(provider.pickups[0]).toBeGreaterThanOrEqual(23_040);
    expect(provider.pickups[0]).toBeLessThan(23_100);
  });

  it("keeps a channel hot while it has a reason (the database's, or an agent looking), and heats it at once", async () => {
    const budget = createBudget({ maxPerSecond: 10 });
    const provider = fakeProvider(budget);
    const reasons = new Set<string>();
    const s = start({ budget, poll: provider.poll, hotChannels: async () => reasons, reasonsEveryMs: 1000 }, ["a", "b"]);
    await advance(40_000); // both cooling since the start: polled at 0, 4, 12 and 28 s
    reasons.add("a");
    await advance(1000); // the next reasons check heats "a": polled at once, then every interval
    expect(provider.polls.get("a")!.filter((t) => t > 40_000)).toEqual([41_000]);
    await advance(20_000);
    expect(provider.gaps("a").slice(4)).toEqual(Array(10).fill(2000));
    reasons.delete("a");
    await advance(70_000);
    // (a poll already under way when the reason went may still come at the hot pace)
    expect(provider.gaps("a").slice(14).filter((g) => g !== 2000).slice(0, 4)).toEqual([4000, 8000, 16_000, 30_000]);

    const openedAt = Date.now();
    s.heat("b", 10_000); // an agent opens "b" for 10 s
    await advance(0);
    expect(provider.polls.get("b")!.at(-1)).toBe(openedAt);
    await advance(30_000);
    const since = provider.polls.get("b")!.filter((t) => t >= openedAt);
    expect(since.slice(1).map((t, i) => t - since[i])).toEqual([2000, 2000, 2000, 2000, 2000, 4000, 8000]);
  });

  it("with more hot channels than the budget allows, shares it evenly and still polls the idle ones", async () => {
    const budget = createBudget({ maxPerSecond: 10 });
    const provider = fakeProvider(budget, { latency: 50 });
    const hot = ids(30, "hot");
    const idle = ids(60, "idle");
    // 30 channels at 1/s want 30 calls a second: three times the budget.
    start({ budget, poll: provider.poll, intervalMs: 1000, hotChannels: async () => hot, reasonsEveryMs: 500 }, [...hot, ...idle]);
    await advance(20_000); // settle in
    const from = Date.now();
    await advance(120_000);
    const countSince = (id: string) => provider.polls.get(id)!.filter((t) => t >= from).length;
    const hotCounts = hot.map(countSince);
    const mean = hotCounts.reduce((a, b) => a + b, 0) / hotCounts.length;
    expect(mean).toBeGreaterThan(20); // a fair share of ~9 calls/s among 30, most of it theirs
    expect(Math.max(...hotCounts) - Math.min(...hotCounts)).toBeLessThanOrEqual(2);
    for (const id of hot) expect(Math.max(...provider.gaps(id).slice(-20))).toBeLessThan(2.5 * (120_000 / mean));
    // No idle channel starves: each polled about every idle interval plus the common delay.
    for (const id of idle) expect(countSince(id)).toBeGreaterThanOrEqual(3);
    // The hot channels are polled at a third of their pace, and say so.
    expect(hot.every((id) => provider.delayed.get(id))).toBe(true);
    expect(maxInAnyWindow(provider.received)).toBeLessThanOrEqual(10);
  });

  it("never lets the provider receive more than the budget in any second, follow-up fetches and slow requests included", async () => {
    const budget = createBudget({ maxPerSecond: 10 });
    let i = 0;
    // Every fourth request sits 600 ms between its start and the provider: a busy event loop.
    const provider = fakeProvider(budget, { latency: 30, transit: () => (i++ % 4 === 0 ? 600 : 2) });
    const channels = ids(40);
    start({ budget, poll: provider.poll, hotChannels: async () => channels.slice(0, 15) }, channels);
    const writer = setInterval(() => provider.write(channels[Math.floor(Date.now() / 700) % 40]), 700);
    await advance(120_000);
    clearInterval(writer);
    expect(provider.received.length).toBeGreaterThan(700);
    expect(maxInAnyWindow(provider.received)).toBeLessThanOrEqual(10);
  });

  it("backs off a failing channel exponentially while the others keep their pace", async () => {
    const budget = createBudget({ maxPerSecond: 10 });
    const provider = fakeProvider(budget, { fail: (id) => id === "broken" });
    start({ budget, poll: provider.poll, hotChannels: async () => ["broken", "b", "c"] }, ["broken", "b", "c"]);
    await advance(200_000);
    // 2 s base, doubling (the fake random takes the low end, 80%), capped at 60 s; each gap also
    // holds the failed call's 20 ms.
    const expected = [1600, 3200, 6400, 12_800, 25_600, 48_000, 48_000];
    const gaps = provider.gaps("broken").slice(0, 7);
    expect(gaps).toHaveLength(7);
    gaps.forEach((gap, i) => expect(gap - expected[i]).toBeGreaterThanOrEqual(20));
    gaps.forEach((gap, i) => expect(gap - expected[i]).toBeLessThan(30));
    for (const id of ["b", "c"]) {
      expect(Math.max(...provider.gaps(id).slice(1))).toBe(2000);
      expect(provider.polls.get(id)!.length).toBeGreaterThanOrEqual(99);
    }
  });

  it("with no activity, polls each channel about once per idle interval", async () => {
    const budget = createBudget({ maxPerSecond: 10 });
    const provider = fakeProvider(budget);
    start({ budget, poll: provider.poll, random: Math.random }, ids(100));
    await advance(60_000);
    const from = provider.received.length;
    await advance(300_000);
    const perSecond = (provider.received.length - from) / 300;
    expect(perSecond).toBeGreaterThan(100 / 30 - 0.2);
    expect(perSecond).toBeLessThan(100 / (30 * 0.85) + 0.1);
  });

  it("stops: waits for the poll in progress and starts no other", async () => {
    const budget = createBudget({ maxPerSecond: 10 });
    const provider = fakeProvider(budget, { latency: 5000 });
    const s = start({ budget, poll: provider.poll }, ["a", "b"]);
    await advance(100);
    let stopped = false;
    const stopping = s.stop().then(() => (stopped = true));
    await advance(4000);
    expect(stopped).toBe(false);
    await advance(1000);
    await stopping;
    expect(stopped).toBe(true);
    await advance(120_000);
    expect([...provider.polls.values()].flat()).toEqual([0, 0]);
  });
});
