import { describe, expect, it } from "vitest";
import { insertAt } from "./text-insert";

describe("insertAt", () => {
  it("inserts at the caret and puts the caret after it", () => {
    expect(insertAt("Hello world", 5, 5, " 👍")).toEqual({ text: "Hello 👍 world", caret: 8 });
  });
  it("replaces the selection", () => {
    expect(insertAt("Hello world", 6, 11, "🌍")).toEqual({ text: "Hello 🌍", caret: 8 });
  });
  it("clamps positions outside the text", () => {
    expect(insertAt("ab", 9, 12, "!")).toEqual({ text: "ab!", caret: 3 });
  });
});
