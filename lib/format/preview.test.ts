import { describe, expect, it } from "vitest";
import { conversationPreview } from "./preview";

describe("conversationPreview", () => {
  it("prefixes the signed-in agent's replies with You: and a teammate's with their name", () => {
    const sam = { id: "a-sam", name: "Sam Supervisor" };
    expect(conversationPreview({ text: "On its way", direction: "outbound", author: sam }, "a-sam")).toBe("You: On its way");
    expect(conversationPreview({ text: "On its way", direction: "outbound", author: sam }, "a-me")).toBe("Sam Supervisor: On its way");
  });

  it("claims no author for a reply sent elsewhere", () => {
    expect(conversationPreview({ text: "On its way", direction: "outbound", author: null }, "a-me")).toBe("On its way");
  });

  it("shows the customer's message as is", () => {
    expect(conversationPreview({ text: "Where is my order?", direction: "inbound" })).toBe("Where is my order?");
  });

  it("folds line breaks and runs of spaces into one line", () => {
    expect(conversationPreview({ text: "Hello\n\nmy order   #12\n", direction: "inbound" })).toBe("Hello my order #12");
  });

  it("says so when a conversation has no message yet or an empty one", () => {
    expect(conversationPreview(null)).toBe("No messages yet");
    expect(conversationPreview({ text: " \n", direction: "inbound" })).toBe("(empty message)");
  });
});
