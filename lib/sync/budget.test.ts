import { describe, expect, it } from "vitest";
import { createBudget } from "./budget";

/** A clock that only moves when someone sleeps: the budget's waits cost no real time. */
function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += Math.max(0, ms)) };
}

function maxInAnyWindow(times: number[], windowMs: number): number {
  let max = 0;
  for (let i = 0; i < times.length; i++) max = Math.max(max, times.filter((t) => t >= times[i] && t < times[i] + windowMs).length);
  return max;
}

describe("request budget", () => {
  it("lets 30 calls at 10/s through in at least 2 s, never more than 10 in any 1 s window", async () => {
    const clock = fakeClock();
    const budget = createBudget({ maxPerSecond: 10, ...clock });
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 30 }, () => budget.take().then(() => starts.push(clock.now()))));
    expect(starts).toHaveLength(30);
    expect(Math.max(...starts) - Math.min(...starts)).toBeGreaterThanOrEqual(2000);
    expect(maxInAnyWindow(starts, 1000)).toBe(10);
  });

  it("waits for a slot instead of dropping, and serves callers in order", async () => {
    const clock = fakeClock();
    const budget = createBudget({ maxPerSecond: 2, ...clock });
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4, 5].map((n) => budget.take().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(clock.now()).toBe(2000);
  });

  it("counts a window from each call's start: calls spread over time are not held back", async () => {
    const clock = fakeClock();
    const budget = createBudget({ maxPerSecond: 3, ...clock });
    const starts: number[] = [];
    for (let i = 0; i < 6; i++) {
      await budget.take();
      starts.push(clock.now());
      await clock.sleep(400);
    }
    expect(starts).toEqual([0, 400, 800, 1200, 1600, 2000]);
  });

  it("holds to the limit in real time too", async () => {
    const budget = createBudget({ maxPerSecond: 5 });
    const starts: number[] = [];
    const begin = Date.now();
    await Promise.all(Array.from({ length: 8 }, () => budget.take().then(() => starts.push(Date.now()))));
    expect(Date.now() - begin).toBeGreaterThanOrEqual(990);
    expect(maxInAnyWindow(starts, 995)).toBeLessThanOrEqual(5);
  });

  it("rounds a fractional rate down, and spaces calls out below one per second", async () => {
    const clock = fakeClock();
    const budget = createBudget({ maxPerSecond: 2.5, ...clock });
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 6 }, () => budget.take().then(() => starts.push(clock.now()))));
    expect(starts).toEqual([0, 0, 1000, 1000, 2000, 2000]);

    const slow = fakeClock();
    const half = createBudget({ maxPerSecond: 0.5, ...slow });
    const slowStarts: number[] = [];
    await Promise.all(Array.from({ length: 3 }, () => half.take().then(() => slowStarts.push(slow.now()))));
    expect(slowStarts).toEqual([0, 2000, 4000]);
  });

  it("refuses a rate that is not above zero", () => {
    expect(() => createBudget({ maxPerSecond: 0 })).toThrow(RangeError);
    expect(() => createBudget({ maxPerSecond: Number.NaN })).toThrow(RangeError);
  });
});
