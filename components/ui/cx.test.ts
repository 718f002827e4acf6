import { describe, expect, it } from "vitest";
import { cx } from "./cx";

describe("cx", () => {
  it("joins the truthy parts in order and resolves nothing", () => {
    expect(cx("flex", false, null, undefined, "", "gap-2")).toBe("flex gap-2");
    expect(cx("px-4", "px-2")).toBe("px-4 px-2");
  });
});
