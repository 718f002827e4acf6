import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * The emoji picker loads its data from public/ (no CDN), one file per language: each copy must
 * match the package version. French has emojibase's data; Spanish only CLDR's (the same shape).
 */
const SOURCE: Record<Locale, string> = {
  en: "emoji-picker-element-data/en/emojibase/data.json",
  fr: "emoji-picker-element-data/fr/emojibase/data.json",
  es: "emoji-picker-element-data/es/cldr/data.json",
};

describe("public/emoji/<locale>.json", () => {
  it.each(LOCALES)("is emoji-picker-element-data's %s data, unchanged", (locale) => {
    const require = createRequire(import.meta.url);
    expect(readFileSync(`public/emoji/${locale}.json`, "utf8")).toBe(readFileSync(require.resolve(SOURCE[locale]), "utf8"));
  });
});
