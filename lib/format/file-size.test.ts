import { describe, expect, it } from "vitest";
import { testTranslator } from "@/lib/i18n/test-translator";
import { formatFileSize } from "./file-size";

const en = (bytes: number) => formatFileSize(bytes, testTranslator("en", "thread"), "en-GB");
const fr = (bytes: number) => formatFileSize(bytes, testTranslator("fr", "thread"), "fr-FR");

describe("formatFileSize", () => {
  it("reads bytes, kilobytes and megabytes", () => {
    expect(en(0)).toBe("0 bytes");
    expect(en(1)).toBe("1 byte");
    expect(en(1023)).toBe("1023 bytes");
    expect(en(1536)).toBe("1.5 KB");
    expect(en(16 * 1024 * 1024)).toBe("16 MB");
    expect(en(150 * 1024 * 1024)).toBe("150 MB");
    expect(en(3 * 1024 ** 3)).toBe("3 GB");
  });
  it("reads them in the agent's language, numbers included", () => {
    expect(fr(1)).toBe("1\u00a0octet");
    expect(fr(512)).toBe("512\u00a0octets");
    expect(fr(1536)).toBe("1,5\u00a0Ko");
    expect(fr(16 * 1024 * 1024)).toBe("16\u00a0Mo");
  });
  it("gives nothing for a size that is not one", () => {
    expect(en(-1)).toBe("");
    expect(en(Number.NaN)).toBe("");
  });
});
