import { describe, expect, it } from "vitest";
import { createCoalescer } from "./coalesce";

const tick = () => new Promise<void>((r) => setTimeout(r, 5));

describe("coalescer", () => {
  it("join: concurrent callers with one key share one run; other keys run apart", async () => {
    const c = createCoalescer<number>();
    let runs = 0;
    const task = async () => {
      runs += 1;
      await tick();
      return runs;
    };
    const results = await Promise.all([...Array.from({ length: 10 }, () => c.join("a", task)), c.join("b", task)]);
    expect(runs).toBe(2);
    expect(new Set(results.slice(0, 10)).size).toBe(1);
    expect(c.size()).toBe(0);
    await c.join("a", task);
    expect(runs).toBe(3);
  });

  it("fresh: joins a run that has not started its work, queues one more after a started one", async () => {
    const c = createCoalescer<void>();
    const started: number[] = [];
    let n = 0;
    const task = async (markStarted: () => void) => {
      const id = ++n;
      await tick();
      markStarted();
      started.push(id);
      await tick();
    };
    const first = c.fresh("k", task);
    const joined = c.fresh("k", task);
    await tick();
    await tick();
    // The first run is on the wire now: later callers share one follow-up.
    const later = Array.from({ length: 5 }, () => c.fresh("k", task));
    await Promise.all([first, joined, ...later]);
    expect(started).toEqual([1, 2]);
    expect(c.size()).toBe(0);
  });

  it("a failed run rejects its callers and does not block the next", async () => {
    const c = createCoalescer<string>();
    await expect(Promise.all([c.join("k", async () => Promise.reject(new Error("no"))), c.join("k", async () => "never")])).rejects.toThrow("no");
    await expect(c.join("k", async () => "yes")).resolves.toBe("yes");
  });
});
