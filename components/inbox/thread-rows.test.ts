import { describe, expect, it } from "vitest";
import { estimateRowHeight, threadRows } from "./thread-rows";
import type { ThreadItem } from "./thread-layout";
import { withKept } from "./use-virtual-rows";

const message = (id: number, text: string): ThreadItem => ({
  kind: "message",
  key: id,
  sender: null,
  first: false,
  message: { id, providerMessageId: null, direction: "inbound", kind: "text", text, file: null, status: "", delivery: null, error: null, errorCode: null, sentBy: null, at: "2026-01-01T00:00:00Z" },
});

describe("thread rows", () => {
  it("puts the paging row first while older pages are left, and says so when there is nothing", () => {
    expect(threadRows([message(1, "a")], true).map((r) => r.key)).toEqual(["older", 1]);
    expect(threadRows([message(1, "a")], false).map((r) => r.key)).toEqual([1]);
    expect(threadRows([], false).map((r) => r.kind)).toEqual(["empty"]);
  });

  it("guesses taller rows for longer and multi-line texts", () => {
    const one = estimateRowHeight(message(1, "short"));
    expect(estimateRowHeight(message(2, "x".repeat(200)))).toBeGreaterThan(one);
    expect(estimateRowHeight(message(3, "a\nb\nc"))).toBeGreaterThan(one);
  });
});

describe("kept rows", () => {
  it("adds rows that must stay mounted to the visible window, in order, once, within the list", () => {
    expect(withKept([10, 11, 12], [0, 11, 3, 40], 20)).toEqual([0, 3, 10, 11, 12]);
    expect(withKept([4, 5], undefined, 20)).toEqual([4, 5]);
  });
});
