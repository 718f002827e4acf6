"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { THEME_CHOICES, type ThemeChoice } from "@/lib/theme/choice";
import { ApiError, apiFetch } from "./api-fetch";
import { ChoiceRadios } from "./choice-radios";

/**
 * Paints a choice at once, without a reload: the same attributes the root layout renders from
 * the session (lib/theme/choice.ts), so the next page load agrees with what is on screen.
 */
function applyTheme(theme: ThemeChoice) {
  const root = document.documentElement;
  root.dataset.theme = theme;
  root.classList.toggle("dark", theme === "dark");
}

/** System / Light / Dark, saved for the agent (every device), shown at once, undone if not saved. */
export function ThemeChoiceField({ initial }: { initial: ThemeChoice }) {
  const t = useTranslations("common.theme");
  const [theme, setTheme] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  async function choose(next: ThemeChoice) {
    const previous = theme;
    setTheme(next);
    setError(null);
    applyTheme(next);
    try {
      await apiFetch("/api/profile/theme", { method: "PUT", body: JSON.stringify({ theme: next }) });
    } catch (failure) {
      setTheme(previous);
      applyTheme(previous);
      setError(failure instanceof ApiError ? failure.message : t("saveFailed"));
    }
  }

  return (
    <ChoiceRadios name="theme" legend={t("legend")} choices={THEME_CHOICES} value={theme} label={(choice) => t(choice)} onChoose={(choice) => void choose(choice)} error={error} />
  );
}
