import { describe, expect, it } from "vitest";
import { testTranslator } from "@/lib/i18n/test-translator";
import { describeDelivery } from "./delivery";

const out = { direction: "outbound" as const, status: "", error: null };
const en = testTranslator("en", "thread");
const fr = testTranslator("fr", "thread");

describe("describeDelivery", () => {
  it("shows a reply still in the outbox as sending", () => {
    expect(describeDelivery({ ...out, delivery: "pending" }, en)).toEqual({ tone: "sending", label: "Sending…" });
    expect(describeDelivery({ ...out, delivery: "sending", status: "sent" }, en)?.label).toBe("Sending…");
  });

  it("shows a failed reply with its error, or a default reason", () => {
    expect(describeDelivery({ ...out, delivery: "failed", error: "The provider kept failing.", errorCode: "http_503" }, en)).toEqual({
      tone: "failed",
      label: "Not sent",
      error: "The provider kept failing.",
      code: "http_503",
    });
    expect(describeDelivery({ ...out, delivery: "failed" }, en)).toMatchObject({ tone: "failed", error: expect.stringMatching(/refused/) });
  });

  it("shows the provider's status once sent, and for messages from the mirror", () => {
    expect(describeDelivery({ ...out, delivery: "sent", status: "read" }, en)).toEqual({ tone: "status", label: "Read", known: true });
    expect(describeDelivery({ ...out, delivery: null, status: "queued" }, en)).toEqual({ tone: "status", label: "queued", known: false });
    expect(describeDelivery({ ...out, delivery: "sent", status: "" }, en)).toEqual({ tone: "status", label: "Sent", known: true });
  });

  it("says it all in the agent's language, the provider's unknown words and the server's sentence excepted", () => {
    expect(describeDelivery({ ...out, delivery: "pending" }, fr)?.label).toBe("Envoi…");
    expect(describeDelivery({ ...out, delivery: "sent", status: "delivered" }, fr)?.label).toBe("Distribué");
    expect(describeDelivery({ ...out, delivery: "sent", status: "" }, fr)?.label).toBe("Envoyé");
    expect(describeDelivery({ ...out, delivery: "failed" }, fr)).toMatchObject({ label: "Non envoyé", error: "Le fournisseur a refusé ce message." });
    expect(describeDelivery({ ...out, delivery: "failed", error: "The provider kept failing.", errorCode: "http_503" }, fr)).toMatchObject({
      error: "The provider kept failing.",
    });
  });

  it("says nothing on inbound messages", () => {
    expect(describeDelivery({ ...out, direction: "inbound", delivery: null, status: "read" }, en)).toBeNull();
  });
});
