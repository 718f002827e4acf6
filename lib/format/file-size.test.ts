import { describe, expect, it } from "vitest";
import { formatFileSize } from "./file-size";

describe("formatFileSize", () => {
  it("reads bytes, kilobytes and megabytes", () => {
    expect(formatFileSize(0)).toBe("0 bytes");
    expect(formatFileSize(1)).toBe("1 byte");
    expect(formatFileSize(1536)).toBe("1.5 KB");
    expect(formatFileSize(16 * 1024 * 1024)).toBe("16 MB");
    expect(formatFileSize(150 * 1024 * 1024)).toBe("150 MB");
  });
  it("gives nothing for a size that is not one", () => {
    expect(formatFileSize(-1)).toBe("");
    expect(formatFileSize(Number.NaN)).toBe("");
  });
});
