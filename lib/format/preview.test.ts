import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { testTranslator } from "@/lib/i18n/test-translator";
import { conversationPreview, type PreviewWords } from "./preview";

/** The preview's words from the real catalog, as conversation-list-item.tsx passes them. */
async function wordsOf(locale: Locale): Promise<PreviewWords> {
  const t = await testTranslator(locale, "inbox");
  return { none: t("preview.none"), empty: t("preview.empty"), byYou: (v) => t("preview.byYou", v), byTeammate: (v) => t("preview.byTeammate", v) };
}

const sam = { id: "a-sam", name: "Sam Supervisor" };

describe("conversationPreview", () => {
  it("prefixes the signed-in agent's replies with You: and a teammate's with their name", async () => {
    const en = await wordsOf("en");
    expect(conversationPreview(en, { text: "On its way", direction: "outbound", author: sam }, "a-sam")).toBe("You: On its way");
    expect(conversationPreview(en, { text: "On its way", direction: "outbound", author: sam }, "a-me")).toBe("Sam Supervisor: On its way");
  });

  it("claims no author for a reply sent elsewhere", async () => {
    expect(conversationPreview(await wordsOf("en"), { text: "On its way", direction: "outbound", author: null }, "a-me")).toBe("On its way");
  });

  it("shows the customer's message as is", async () => {
    expect(conversationPreview(await wordsOf("en"), { text: "Where is my order?", direction: "inbound" })).toBe("Where is my order?");
  });

  it("folds line breaks and runs of spaces into one line", async () => {
    expect(conversationPreview(await wordsOf("en"), { text: "Hello\n\nmy order   #12\n", direction: "inbound" })).toBe("Hello my order #12");
  });

  it("says so when a conversation has no message yet or an empty one", async () => {
    const en = await wordsOf("en");
    expect(conversationPreview(en, null)).toBe("No messages yet");
    expect(conversationPreview(en, { text: " \n", direction: "inbound" })).toBe("(empty message)");
  });

  it("speaks Spanish and French in those inboxes, the customer's words untouched", async () => {
    const es = await wordsOf("es");
    expect(conversationPreview(es, { text: "Ya va", direction: "outbound", author: sam }, "a-sam")).toBe("Tú: Ya va");
    expect(conversationPreview(es, null)).toBe("Todavía no hay mensajes");
    const fr = await wordsOf("fr");
    expect(conversationPreview(fr, { text: "{c'est <b>}", direction: "outbound", author: sam }, "a-me")).toBe("Sam Supervisor\u00a0: {c'est <b>}");
    expect(conversationPreview(fr, { text: "", direction: "inbound" })).toBe("(message vide)");
  });
});
