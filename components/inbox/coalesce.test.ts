import { describe, expect, it } from "vitest";
import { createCoalescer } from "./coalesce";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("createCoalescer", () => {
  it("runs once more after a burst, and separately per key", async () => {
    const run = createCoalescer();
    const calls: string[] = [];
    const task = (key: string) => async () => {
      calls.push(key);
      await tick();
    };
    await Promise.all([run("a", task("a")), run("a", task("a")), run("a", task("a")), run("b", task("b"))]);
    expect(calls.sort()).toEqual(["a", "a", "b"]);
  });

  it("starts afresh after a failure", async () => {
    const run = createCoalescer();
    await expect(run("a", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    let ran = false;
    await run("a", async () => {
      ran = true;
    });
    expect(ran).toBe(true);
  });
});
