"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { LOCALE_NAMES, LOCALES, isLocale, type Locale } from "@/lib/i18n/locales";
import { ApiError, apiFetch } from "./api-fetch";

const BROWSER = "browser";

/**
 * The agent's language: the browser's (the default) or one of the three, saved for the agent
 * (every device), then the page re-renders on the server in the new language (router.refresh
 * keeps what is on screen: the open thread, a draft being typed).
 */
export function LanguageChoiceField({ initial }: { initial: Locale | null }) {
  const t = useTranslations("common.language");
  const router = useRouter();
  const id = useId();
  const [choice, setChoice] = useState<string>(initial ?? BROWSER);
  const [error, setError] = useState<string | null>(null);
  const [refreshing, startRefresh] = useTransition();

  async function choose(next: string) {
    const previous = choice;
    setChoice(next);
    setError(null);
    try {
      await apiFetch("/api/profile/locale", { method: "PUT", body: JSON.stringify({ locale: isLocale(next) ? next : null }) });
      startRefresh(() => router.refresh());
    } catch (failure) {
      setChoice(previous);
      setError(failure instanceof ApiError ? failure.message : t("saveFailed"));
    }
  }

  return (
    <div className="flex flex-col gap-1 px-2 py-1">
      <label htmlFor={id} className="text-xs font-medium text-gray-600">
        {t("label")}
      </label>
      <select
        id={id}
        value={choice}
        disabled={refreshing}
        onChange={(event) => void choose(event.target.value)}
        className="min-h-9 rounded-md border border-gray-300 bg-surface px-2 text-sm text-gray-800"
      >
        <option value={BROWSER}>{t("browser")}</option>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-2 py-1 text-xs text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
