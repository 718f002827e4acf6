import { describe, expect, it } from "vitest";
import { buildVCard, contactCardSchema, escapeVCardText } from "./vcard";

describe("vCard", () => {
  it("escapes backslash, comma, semicolon and line breaks (RFC 6350)", () => {
    expect(escapeVCardText("a\\b,c;d\ne\r\nf")).toBe("a\\\\b\\,c\\;d\\ne\\nf");
  });

  it("builds a vCard 3.0 with CRLF lines", () => {
    const card = buildVCard({ name: "Pérez, Ana; soporte", phone: "+34 600 123 456", email: "ana@example.com" });
    expect(card).toBe(
      [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Pérez\\, Ana\\; soporte;;;;",
        "FN:Pérez\\, Ana\\; soporte",
        "TEL;TYPE=CELL:+34 600 123 456",
        "EMAIL;TYPE=INTERNET:ana@example.com",
        "END:VCARD",
        "",
      ].join("\r\n"),
    );
  });

  it("cannot be broken out of with a newline in the name", () => {
    const card = buildVCard({ name: "Eve\nEND:VCARD\nBEGIN:VCARD", email: "e@example.com" });
    expect(card.match(/^END:VCARD/gm)).toHaveLength(1);
  });

  it("folds lines longer than 75 octets without splitting a character", () => {
    const card = buildVCard({ name: "ñ".repeat(100), phone: "600123456" });
    for (const line of card.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(card.replace(/\r\n /g, "")).toContain(`FN:${"ñ".repeat(100)}\r\n`);
  });

  it("validates the form: a name, and a phone or an email", () => {
    expect(contactCardSchema.safeParse({ name: "Ana", phone: "+34 (600) 12-34" }).success).toBe(true);
    expect(contactCardSchema.safeParse({ name: "Ana", email: "ana@example.com", phone: "" }).success).toBe(true);
    expect(contactCardSchema.safeParse({ name: "Ana" }).success).toBe(false);
    expect(contactCardSchema.safeParse({ name: "", phone: "600123456" }).success).toBe(false);
    expect(contactCardSchema.safeParse({ name: "x".repeat(121), phone: "600123456" }).success).toBe(false);
    expect(contactCardSchema.safeParse({ name: "Ana", phone: "call me" }).success).toBe(false);
    expect(contactCardSchema.safeParse({ name: "Ana", email: "not-an-email" }).success).toBe(false);
  });
});
