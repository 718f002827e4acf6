import { describe, expect, it } from "vitest";
import { cn } from "./cn";

describe("cn", () => {
  it("skips falsy parts", () => {
    expect(cn("flex", false, null, undefined, "", "gap-2")).toBe("flex gap-2");
  });

  it("lets a caller's utility override the component's of the same kind", () => {
    expect(cn("min-h-10 px-4 rounded-lg bg-brand text-sm", "px-2 bg-red-700")).toBe("min-h-10 rounded-lg text-sm px-2 bg-red-700");
    // Size and colour are different kinds even though both are text-*: both stay.
    expect(cn("text-[0.7rem] text-white/80", "text-gray-500")).toBe("text-[0.7rem] text-gray-500");
  });
});
