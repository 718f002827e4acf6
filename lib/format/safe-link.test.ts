import { describe, expect, it } from "vitest";
import { contactName, safeHttpUrl } from "./safe-link";

describe("safeHttpUrl", () => {
  it("accepts a message that is one http or https URL", () => {
    expect(safeHttpUrl(" https://example.com/a?b=1 ")).toBe("https://example.com/a?b=1");
    expect(safeHttpUrl("http://example.com")).toBe("http://example.com/");
  });
  it("refuses other schemes, text around the URL, and non-URLs", () => {
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,<b>x</b>")).toBeNull();
    expect(safeHttpUrl("see https://example.com")).toBeNull();
    expect(safeHttpUrl("hello")).toBeNull();
    expect(safeHttpUrl("")).toBeNull();
  });
});

describe("contactName", () => {
  it("drops the .vcf extension", () => {
    expect(contactName("Ada Lovelace.vcf")).toBe("Ada Lovelace");
    expect(contactName(null)).toBe("Contact");
  });
});
