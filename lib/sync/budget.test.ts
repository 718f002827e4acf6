import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createBudget } from "./budget";

// Fake timers: Date.now and setTimeout move only when the test advances them.
beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function maxInAnyWindow(times: number[], windowMs = 1000): number {
  let max = 0;
  for (const t of times) max = Math.max(max, times.filter((u) => u >= t && u < t + windowMs).length);
  return max;
}

/**
 * A provider whose requests arrive some time after the call starts (the event loop was busy, the
 * request sat in a socket) and are answered some time after that: records what it *receives*.
 */
function slowProvider(delays: { transit: (i: number) => number; answer: number }) {
  const received: number[] = [];
  let n = 0;
  return {
    received,
    async call() {
      const i = n++;
      await wait(delays.transit(i));
      received.push(Date.now());
      await wait(delays.answer);
    },
  };
}

describe("request budget", () => {
  it("lets 30 instant calls at 10/s through, never more than 10 received in any second", async () => {
    const budget = createBudget({ maxPerSecond: 10 });
    const provider = slowProvider({ transit: () => 0, answer: 0 });
    const all = Promise.all(Array.from({ length: 30 }, () => budget.run(() => provider.call())));
    await vi.advanceTimersByTimeAsync(10_000);
    await all;
    expect(provider.received).toHaveLength(30);
    expect(maxInAnyWindow(provider.received)).toBe(10);
  });

  it("counts what the provider receives: calls held up on their way never land in one second with the next ones", async () => {
    const budget = createBudget({ maxPerSecond: 10 });
    // Every third call is held up 700 ms between its start and the provider (a busy event loop).
    const provider = slowProvider({ transit: (i) => (i % 3 === 0 ? 700 : 5), answer: 40 });
    const all = Promise.all(Array.from({ length: 60 }, () => budget.run(() => provider.call())));
    await vi.advanceTimersByTimeAsync(30_000);
    await all;
    expect(provider.received).toHaveLength(60);
    expect(maxInAnyWindow(provider.received)).toBeLessThanOrEqual(10);
  });

  it("serves urgent callers before routine ones, each kind in order", async () => {
    const budget = createBudget({ maxPerSecond: 1 });
    const order: string[] = [];
    const first = await budget.acquire();
    const calls = [
      budget.acquire("routine").then((s) => (order.push("r1"), s.settle())),
      budget.acquire("routine").then((s) => (order.push("r2"), s.settle())),
      budget.acquire("urgent").then((s) => (order.push("u1"), s.settle())),
      budget.acquire("urgent").then((s) => (order.push("u2"), s.settle())),
    ];
    first.settle();
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(calls);
    expect(order).toEqual(["u1", "u2", "r1", "r2"]);
  });

  it("holds a place while the call is in flight, and frees a cancelled one at once", async () => {
    const budget = createBudget({ maxPerSecond: 2 });
    const a = await budget.acquire();
    const b = await budget.acquire();
    let third = false;
    const c = budget.acquire().then((s) => ((third = true), s));
    await vi.advanceTimersByTimeAsync(5000);
    expect(third).toBe(false); // both places still in flight, however long
    b.cancel();
    await vi.advanceTimersByTimeAsync(0);
    expect(third).toBe(true);
    a.settle();
    (await c).settle();
    expect(budget.held()).toBe(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(budget.held()).toBe(0);
  });

  it("rounds a fractional rate down, and spaces calls out below one per second", async () => {
    const starts: number[] = [];
    const budget = createBudget({ maxPerSecond: 2.5 });
    const all = Promise.all(Array.from({ length: 6 }, () => budget.run(async () => void starts.push(Date.now()))));
    await vi.advanceTimersByTimeAsync(10_000);
    await all;
    expect(starts).toEqual([0, 0, 1000, 1000, 2000, 2000]);

    vi.setSystemTime(0);
    const slowStarts: number[] = [];
    const half = createBudget({ maxPerSecond: 0.5 });
    const slow = Promise.all(Array.from({ length: 3 }, () => half.run(async () => void slowStarts.push(Date.now()))));
    await vi.advanceTimersByTimeAsync(10_000);
    await slow;
    expect(slowStarts).toEqual([0, 2000, 4000]);
  });

  it("refuses a rate that is not above zero", () => {
    expect(() => createBudget({ maxPerSecond: 0 })).toThrow(RangeError);
    expect(() => createBudget({ maxPerSecond: Number.NaN })).toThrow(RangeError);
  });
});
