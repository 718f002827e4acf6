import { describe, expect, it } from "vitest";
import { REPLY_MAX_LENGTH } from "@/lib/inbox/types";
import { captionProblem, contactProblem, isSendKey, replyProblem } from "./composer-rules";

describe("replyProblem", () => {
  it("refuses an empty or whitespace-only reply", () => {
    expect(replyProblem("")).toBe("Write a message first.");
    expect(replyProblem(" \n\t ")).toBe("Write a message first.");
  });

  it("accepts a reply up to the limit and refuses one past it", () => {
    expect(replyProblem("a".repeat(REPLY_MAX_LENGTH))).toBeNull();
    expect(replyProblem("a".repeat(REPLY_MAX_LENGTH + 1))).toBe(
      "This message is too long: a reply can have at most 4096 characters (this one has 4097).",
    );
  });

  it("does not count surrounding whitespace against the limit", () => {
    expect(replyProblem(`  ${"a".repeat(REPLY_MAX_LENGTH)}\n`)).toBeNull();
  });
});

describe("isSendKey", () => {
  const enter = { key: "Enter", shiftKey: false, isComposing: false };

  it("sends on Enter", () => {
    expect(isSendKey(enter)).toBe(true);
  });

  it("keeps Shift+Enter for a new line", () => {
    expect(isSendKey({ ...enter, shiftKey: true })).toBe(false);
  });

  it("does not send while an input method is composing", () => {
    expect(isSendKey({ ...enter, isComposing: true })).toBe(false);
    expect(isSendKey({ ...enter, keyCode: 229 })).toBe(false);
  });

  it("ignores other keys", () => {
    expect(isSendKey({ ...enter, key: "a" })).toBe(false);
  });
});

describe("captionProblem and contactProblem", () => {
  it("lets a file go without a caption but not with a too long one", () => {
    expect(captionProblem("")).toBeNull();
    expect(captionProblem("x".repeat(5000))).toMatch(/at most 4096/);
  });
  it("asks for a name and a phone or an email", () => {
    expect(contactProblem({ name: " " , phone: "1"})).toMatch(/name/);
    expect(contactProblem({ name: "Ada" })).toMatch(/phone number or an email/);
    expect(contactProblem({ name: "Ada", email: "ada@example.com" })).toBeNull();
  });
});
