import { afterEach, describe, expect, it } from "vitest";
import { clearFaults, faultSchema, listFaults, queueFault, takeFault } from "./faults";

afterEach(() => clearFaults());

describe("fault queue", () => {
  it("hits the next request once by default, then no more", () => {
    queueFault({ kind: "http500" });
    expect(takeFault("getchats")).toEqual({ kind: "http500", count: 1 });
    expect(takeFault("getchats")).toBeNull();
  });

  it("hits as many requests as its count", () => {
    queueFault({ kind: "latency", ms: 50, count: 3 });
    const taken = [1, 2, 3, 4].map(() => takeFault("getmessages")?.kind ?? null);
    expect(taken).toEqual(["latency", "latency", "latency", null]);
  });

  it("hits only the methods it names, leaving others untouched", () => {
    queueFault({ kind: "blackhole", ms: 5000, methods: ["sendmessage", "sendfile"] });
    expect(takeFault("getchats")).toBeNull();
    expect(takeFault(undefined)).toBeNull();
    expect(takeFault("sendfile")).toMatchObject({ kind: "blackhole", ms: 5000 });
    expect(takeFault("sendmessage")).toBeNull();
  });

  it("serves queued faults oldest first, each to the requests it matches", () => {
    queueFault({ kind: "reset", methods: ["sendmessage"] });
    queueFault({ kind: "malformed" });
    expect(takeFault("getchats")?.kind).toBe("malformed");
    expect(takeFault("sendmessage")?.kind).toBe("reset");
    expect(listFaults()).toEqual([]);
  });

  it("lists what is queued with what remains, and clears it", () => {
    queueFault({ kind: "html", count: 2 });
    takeFault("getchats");
    expect(listFaults()).toEqual([expect.objectContaining({ kind: "html", status: 200, count: 2, remaining: 1 })]);
    clearFaults();
    expect(takeFault("getchats")).toBeNull();
  });

  it.each([
    { kind: "explode" },
    { kind: "latency" },
    { kind: "latency", ms: -1 },
    { kind: "http500", count: 0 },
    { kind: "http500", methods: ["sendsms"] },
    { kind: "http500", extra: true },
  ])("rejects the invalid fault %j", (input) => {
    expect(faultSchema.safeParse(input).success).toBe(false);
    expect(() => queueFault(input as never)).toThrow();
    expect(listFaults()).toEqual([]);
  });
});

describe("probabilistic faults", () => {
  it("hits about the given share of matching requests and never runs out", () => {
    clearFaults();
    queueFault({ kind: "http500", methods: ["sendmessage"], probability: 0.25, count: Infinity });
    let hits = 0;
    for (let i = 0; i < 4000; i += 1) if (takeFault("sendmessage")) hits += 1;
    expect(hits).toBeGreaterThan(800);
    expect(hits).toBeLessThan(1200);
    expect(takeFault("getmessages")).toBeNull();
    expect(listFaults()).toHaveLength(1);
    clearFaults();
  });
});
