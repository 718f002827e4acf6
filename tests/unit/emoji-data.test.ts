import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// The emoji picker loads its data from public/ (no CDN): the copy must match the package version.
describe("public/emoji/data.json", () => {
  it("is emoji-picker-element-data's English emojibase data, unchanged", () => {
    const require = createRequire(import.meta.url);
    const source = require.resolve("emoji-picker-element-data/en/emojibase/data.json");
    expect(readFileSync("public/emoji/data.json", "utf8")).toBe(readFileSync(source, "utf8"));
  });
});
