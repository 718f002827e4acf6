import { describe, expect, it } from "vitest";
import { backoffDelay as delay, jitter, type BackoffOptions } from "./backoff";

// The sync's bounds (lib/sync/backoff.ts): ±20% around each step, capped at a minute.
const backoffDelay = (failures: number, options: Partial<BackoffOptions> & { baseMs: number }) =>
  delay(failures, { capMs: 60_000, spread: [0.8, 1.2], ...options });

describe("backoff", () => {
  it("doubles from the base with each failure in a row", () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, { baseMs: 2000, random: mid }))).toEqual([2000, 4000, 8000, 16000]);
  });

  it("stays within ±20% of each step", () => {
    for (let failures = 1; failures <= 4; failures++) {
      const step = 2000 * 2 ** (failures - 1);
      expect(backoffDelay(failures, { baseMs: 2000, random: () => 0 })).toBe(step * 0.8);
      expect(backoffDelay(failures, { baseMs: 2000, random: () => 0.999999 })).toBeLessThanOrEqual(step * 1.2);
      for (let i = 0; i < 200; i++) {
        const d = backoffDelay(failures, { baseMs: 2000 });
        expect(d).toBeGreaterThanOrEqual(step * 0.8);
        expect(d).toBeLessThanOrEqual(step * 1.2);
      }
    }
  });

  it("never waits longer than the cap, and still varies there", () => {
    const low = backoffDelay(20, { baseMs: 2000, capMs: 60_000, random: () => 0 });
    const high = backoffDelay(20, { baseMs: 2000, capMs: 60_000, random: () => 0.99 });
    expect(low).toBe(48_000);
    expect(high).toBe(60_000);
    for (let i = 0; i < 200; i++) expect(backoffDelay(30, { baseMs: 2000 })).toBeLessThanOrEqual(60_000);
  });

  it("jitters a poll interval within its spread", () => {
    const values = Array.from({ length: 500 }, () => jitter(2000, 0.15));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(1700);
    expect(Math.max(...values)).toBeLessThanOrEqual(2300);
    expect(new Set(values).size).toBeGreaterThan(10);
  });

  it("draws between the caller's fractions of the step", () => {
    const halfToAll = { baseMs: 1000, capMs: 30_000, spread: [0.5, 1] } as const;
    expect(delay(3, { ...halfToAll, random: () => 0 })).toBe(2000);
    expect(delay(3, { ...halfToAll, random: () => 1 })).toBe(4000);
    expect(delay(10, { ...halfToAll, random: () => 1 })).toBe(30_000);
  });
});
