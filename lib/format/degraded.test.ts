import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { INTL_LOCALES } from "@/lib/i18n/locales";
import { testTranslator } from "@/lib/i18n/test-translator";
import { degradedNotice, type DegradedWords } from "./degraded";

const now = new Date("2025-03-12T15:00:00Z");

/** The banner's sentences from the real catalog, as degraded-banner.tsx passes them. */
async function setup(locale: Locale) {
  const t = await testTranslator(locale, "inbox");
  const words: DegradedWords = { asOf: (v) => t("degraded.asOf", v), never: (v) => t("degraded.never", v) };
  return (platform: string, lastSyncedAt: string | null) => degradedNotice(words, platform, lastSyncedAt, { now, timeZone: "UTC", locale: INTL_LOCALES[locale] });
}

describe("degradedNotice", () => {
  it("names the platform and the time of the last successful sync", async () => {
    expect((await setup("en"))("WhatsApp", "2025-03-12T14:05:00Z")).toBe(
      "Can't reach WhatsApp right now — showing messages as of 14:05. New messages will appear when the connection recovers.",
    );
  });

  it("says the day when the last sync was not today", async () => {
    expect((await setup("en"))("Telegram", "2025-03-11T09:30:00Z")).toContain("showing messages as of Yesterday 09:30.");
  });

  it("still reads well when the channel never synced", async () => {
    expect((await setup("en"))("Web chat", null)).toBe(
      "Can't reach Web chat right now — showing the messages saved so far. New messages will appear when the connection recovers.",
    );
  });

  it("speaks French, with the day in French, in a French inbox", async () => {
    const say = await setup("fr");
    expect(say("Telegram", "2025-03-11T09:30:00Z")).toBe(
      "Impossible de joindre Telegram pour le moment — dernière mise à jour\u00a0: Hier 09:30. Les nouveaux messages apparaîtront dès que la connexion sera rétablie.",
    );
    expect(say("Chat web", null)).toContain("seuls les messages déjà enregistrés sont affichés");
  });
});
