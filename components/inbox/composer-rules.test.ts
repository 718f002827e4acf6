import { describe, expect, it } from "vitest";
import { REPLY_MAX_LENGTH } from "@/lib/inbox/types";
import { testTranslator } from "@/lib/i18n/test-translator";
import { captionProblem, contactProblem, isSendKey, replyProblem } from "./composer-rules";

const en = testTranslator("en", "composer.problem");
const fr = testTranslator("fr", "composer.problem");

describe("replyProblem", () => {
  it("refuses an empty or whitespace-only reply", () => {
    expect(replyProblem("", en)).toBe("Write a message first.");
    expect(replyProblem(" \n\t ", en)).toBe("Write a message first.");
  });

  it("accepts a reply up to the limit and refuses one past it", () => {
    expect(replyProblem("a".repeat(REPLY_MAX_LENGTH), en)).toBeNull();
    expect(replyProblem("a".repeat(REPLY_MAX_LENGTH + 1), en)).toBe(
      "This message is too long: a reply can have at most 4096 characters (this one has 4097).",
    );
  });

  it("says so in the agent's language", () => {
    expect(replyProblem("", fr)).toBe("Écrivez d’abord un message.");
    expect(replyProblem("a".repeat(REPLY_MAX_LENGTH + 1), fr)).toBe(
      "Ce message est trop long\u00a0: une réponse peut contenir au plus 4096 caractères (celle-ci en a 4097).",
    );
    expect(contactProblem({ name: "Ada" }, testTranslator("es", "composer.problem"))).toBe("Escribe un número de teléfono o una dirección de correo electrónico.");
  });

  it("does not count surrounding whitespace against the limit", () => {
    expect(replyProblem(`  ${"a".repeat(REPLY_MAX_LENGTH)}\n`, en)).toBeNull();
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
    expect(captionProblem("", en)).toBeNull();
    expect(captionProblem("x".repeat(5000), en)).toMatch(/at most 4096/);
  });
  it("asks for a name and a phone or an email", () => {
    expect(contactProblem({ name: " ", phone: "1" }, en)).toMatch(/name/);
    expect(contactProblem({ name: "Ada" }, en)).toMatch(/phone number or an email/);
    expect(contactProblem({ name: "Ada", email: "ada@example.com" }, en)).toBeNull();
  });
});
