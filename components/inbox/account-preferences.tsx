"use client";

import type { Locale } from "@/lib/i18n/locales";
import type { ThemeChoice } from "@/lib/theme/choice";
import { LanguageChoiceField } from "./language-choice";
import { PresenceChoiceField } from "./presence-choice";
import { ThemeChoiceField } from "./theme-choice";

/** The account menu's presence, theme and language choices: loaded when the menu first opens, not with the inbox. */
export default function AccountPreferences({ theme, locale }: { theme: ThemeChoice; locale: Locale | null }) {
  return (
    <>
      <PresenceChoiceField />
      <ThemeChoiceField initial={theme} />
      <LanguageChoiceField initial={locale} />
    </>
  );
}
