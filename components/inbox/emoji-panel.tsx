"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { I18n } from "emoji-picker-element/shared";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Served from public/ (copies of emoji-picker-element-data's files, one per language, so a French
 * agent finds "cœur" by its French name): the picker would fetch them from a CDN by default,
 * which the CSP (connect-src 'self') and offline installs do not allow.
 * `tests/unit/emoji-data.test.ts` keeps the copies equal to the package's.
 */
export const emojiDataUrl = (locale: Locale) => `/emoji/${locale}.json`;

/** The picker's own words (search, categories, skin tones): its bundled translations; English is its default. */
const PICKER_WORDS: Record<Locale, () => Promise<I18n | null>> = {
  en: async () => null,
  fr: async () => (await import("emoji-picker-element/i18n/fr")).default,
  es: async () => (await import("emoji-picker-element/i18n/es")).default,
};

/** How long to wait for the picker's search box to render before giving up on focusing it. */
const FOCUS_FRAMES = 30;

/**
 * The emoji picker (emoji-picker-element, a web component with search and keyboard navigation).
 * Imported only when opened, so the inbox's first load carries none of it. Esc closes.
 */
export function EmojiPanel({ onPick, onClose }: { onPick: (emoji: string) => void; onClose: () => void }) {
  const host = useRef<HTMLDivElement>(null);
  const onPickRef = useRef(onPick);
  const [failed, setFailed] = useState(false);
  const locale = useLocale();
  const t = useTranslations("composer.emoji");

  useEffect(() => {
    onPickRef.current = onPick;
  });

  useEffect(() => {
    let cancelled = false;
    let picker: HTMLElement | null = null;
    let frame = 0;
    Promise.all([import("emoji-picker-element"), PICKER_WORDS[locale]()]).then(
      ([{ Picker }, i18n]) => {
        if (cancelled || !host.current) return;
        const created = new Picker({ dataSource: emojiDataUrl(locale), locale, ...(i18n ? { i18n } : {}) });
        created.addEventListener("emoji-click", (event) => {
          if (event.detail.unicode) onPickRef.current(event.detail.unicode);
        });
        created.style.width = "100%";
        host.current.appendChild(created);
        picker = created;
        // The search box renders a frame or two after the element connects.
        let tries = 0;
        const focusSearch = () => {
          const search = created.shadowRoot?.querySelector<HTMLInputElement>("#search");
          if (search) return search.focus();
          if (++tries < FOCUS_FRAMES) frame = requestAnimationFrame(focusSearch);
        };
        focusSearch();
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      picker?.remove();
    };
  }, [locale]);

  return (
    <div
      ref={host}
      role="dialog"
      aria-label={t("label")}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
      className="absolute bottom-full left-2 z-30 mb-1 w-[min(22rem,calc(100vw-1rem))] overflow-hidden rounded-lg border border-gray-200 bg-white shadow-lg"
    >
      {failed && (
        <p role="alert" className="p-3 text-sm text-red-800">
          {t("failed")}
        </p>
      )}
    </div>
  );
}
