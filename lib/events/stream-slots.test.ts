import { describe, expect, it } from "vitest";
import { STREAM_LIMITS, StreamSlots } from "./stream-slots";

describe("event stream slots", () => {
  it("refuses an agent past its cap while others still get theirs", () => {
    const slots = new StreamSlots({ perAgent: 2, perInstance: 10 });
    expect("release" in slots.acquire("ada")).toBe(true);
    expect("release" in slots.acquire("ada")).toBe(true);
    expect(slots.acquire("ada")).toEqual({ refused: "agent" });
    expect("release" in slots.acquire("sam")).toBe(true);
  });

  it("refuses everyone once the instance is full", () => {
    const slots = new StreamSlots({ perAgent: 5, perInstance: 3 });
    slots.acquire("a");
    slots.acquire("b");
    slots.acquire("c");
    expect(slots.acquire("d")).toEqual({ refused: "instance" });
  });

  it("frees the slot on release, and a second release frees nothing more", () => {
    const slots = new StreamSlots({ perAgent: 1, perInstance: 2 });
    const first = slots.acquire("ada");
    if (!("release" in first)) throw new Error("refused");
    slots.acquire("sam");
    first.release();
    first.release();
    expect(slots.open).toBe(1);
    expect(slots.openFor("ada")).toBe(0);
    expect("release" in slots.acquire("ada")).toBe(true);
    expect(slots.acquire("ada")).toEqual({ refused: "agent" });
  });

  it("allows several tabs per agent and a thousand agents per instance", () => {
    expect(STREAM_LIMITS.perAgent).toBeGreaterThanOrEqual(4);
    expect(STREAM_LIMITS.perInstance).toBeGreaterThanOrEqual(2000);
  });
});
