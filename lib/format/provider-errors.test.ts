import { describe, expect, it } from "vitest";
import { AFILNET_ERROR_CODES } from "@/lib/afilnet/errors";
import { testTranslator } from "@/lib/i18n/test-translator";
import english from "@/lib/i18n/messages/thread/en.json";
import { describeDelivery } from "./delivery";
import { EXPLAINED_PROVIDER_CODES, explainProviderError } from "./provider-errors";

// What an agent should do next, as the sentences say it.
const NEXT_STEP = /\b(ask|retry|report|check|send|has to)\b/i;

describe("explainProviderError", () => {
  it("explains exactly the 13 codes the provider documents", () => {
    expect(AFILNET_ERROR_CODES).toHaveLength(13);
    expect([...EXPLAINED_PROVIDER_CODES].sort()).toEqual([...AFILNET_ERROR_CODES].sort());
  });

  it.each(AFILNET_ERROR_CODES)("says what happened and what to do for %s, keeping the code", (code) => {
    const explained = explainProviderError(code);
    expect(explained?.code).toBe(code);
    expect(explained?.message).toMatch(/^[A-Z].+\.$/);
    expect(explained?.message).toMatch(NEXT_STEP);
    // The sentence is for people: the code is a detail shown beside it, not in it.
    expect(explained?.message).not.toContain(code);
  });

  it("gives each code its own sentence", () => {
    const sentences = AFILNET_ERROR_CODES.map((code) => explainProviderError(code)?.message);
    expect(new Set(sentences).size).toBe(AFILNET_ERROR_CODES.length);
  });

  it("leaves codes it does not know to the caller", () => {
    expect(explainProviderError("http_503")).toBeNull();
    expect(explainProviderError("toString")).toBeNull();
    expect(explainProviderError(null)).toBeNull();
  });

  it("is what a failed bubble shows, with the code as a detail, in the agent's language", () => {
    const reply = { direction: "outbound", delivery: "failed", status: "", error: "old wording", errorCode: "CHAT_NOT_FOUND" } as const;
    const failed = describeDelivery(reply, testTranslator("en", "thread"));
    expect(failed).toEqual({ tone: "failed", label: "Not sent", error: explainProviderError("CHAT_NOT_FOUND")!.message, code: "CHAT_NOT_FOUND" });
    expect(describeDelivery(reply, testTranslator("es", "thread"))).toMatchObject({ error: expect.stringMatching(/^Este chat ya no existe/), code: "CHAT_NOT_FOUND" });
  });

  it("has the same English in the thread catalog, which the bubble shows (the server stores these)", () => {
    expect(english.providerErrors).toEqual(Object.fromEntries(AFILNET_ERROR_CODES.map((code) => [code, explainProviderError(code)!.message])));
  });
});
