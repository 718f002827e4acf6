import { describe, expect, it } from "vitest";
import { filterCanned, slashQuery } from "./canned-filter";

const replies = [
  { id: "1", shortcut: "hello", body: "Hi {{contact.name}}!" },
  { id: "2", shortcut: "bye", body: "Goodbye, say hello to everyone" },
  { id: "3", shortcut: "refund", body: "Your refund is on its way." },
];

describe("the / picker's query", () => {
  it("is what follows a / at the very start, on one line", () => {
    expect(slashQuery("/Hel")).toBe("hel");
    expect(slashQuery("/")).toBe("");
    expect(slashQuery("hi /hel")).toBeNull();
    expect(slashQuery("/hel\nmore")).toBeNull();
  });

  it("matches shortcuts first, then texts", () => {
    expect(filterCanned(replies, "hello").map((r) => r.id)).toEqual(["1", "2"]);
    expect(filterCanned(replies, "way").map((r) => r.id)).toEqual(["3"]);
    expect(filterCanned(replies, "").map((r) => r.id)).toEqual(["1", "2", "3"]);
    expect(filterCanned(replies, "zzz")).toEqual([]);
  });
});
