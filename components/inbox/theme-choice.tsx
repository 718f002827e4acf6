"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { THEME_CHOICES, type ThemeChoice } from "@/lib/theme/choice";
import { ApiError, apiFetch } from "./api-fetch";

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
    <fieldset className="px-2 py-1">
      <legend className="mb-1 text-xs font-medium text-gray-600">{t("legend")}</legend>
      <div className="flex gap-1">
        {THEME_CHOICES.map((choice) => (
          <label
            key={choice}
            className="flex min-h-9 flex-1 cursor-pointer items-center justify-center gap-1.5 rounded-md border border-gray-300 px-2 text-sm text-gray-800 has-checked:border-brand has-checked:bg-brand-light has-checked:font-medium"
          >
            <input
              type="radio"
              name="theme"
              value={choice}
              checked={theme === choice}
              onChange={() => void choose(choice)}
              className="size-3.5 accent-brand"
            />
            {t(choice)}
          </label>
        ))}
      </div>
      {error && (
        <p role="alert" className="mt-1 rounded-md bg-red-50 px-2 py-1 text-xs text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
