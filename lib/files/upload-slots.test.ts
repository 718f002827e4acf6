import { describe, expect, it } from "vitest";
import { createUploadSlots } from "./upload-slots";

describe("upload slots", () => {
  it("lets an agent have 2 uploads in progress and refuses a third until one ends", () => {
    const slots = createUploadSlots({ perInstance: 4, perAgent: 2 });
    const [a, b] = [slots.acquire("ana"), slots.acquire("ana")];
    expect(slots.acquire("ana")).toEqual({ refused: "agent" });
    if (!("release" in a) || !("release" in b)) throw new Error("both should have a slot");
    a.release();
    expect("release" in slots.acquire("ana")).toBe(true);
  });

  it("refuses a fifth upload on the instance whoever sends it, and counts a release once", () => {
    const slots = createUploadSlots({ perInstance: 4, perAgent: 2 });
    const held = ["ana", "ana", "bea", "bea"].map((agent) => slots.acquire(agent));
    expect(slots.acquire("carla")).toEqual({ refused: "instance" });
    const first = held[0];
    if (!("release" in first)) throw new Error("should have a slot");
    first.release();
    first.release();
    expect(slots.inProgress()).toBe(3);
    expect("release" in slots.acquire("carla")).toBe(true);
    expect(slots.acquire("dani")).toEqual({ refused: "instance" });
  });
});
