/**
 * The languages Switchboard speaks. Browser-safe and free of zod: the account menu imports it.
 * An agent's `locale` column holds one of these, or null for "the browser's language".
 */
export const LOCALES = ["en", "fr", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language named in itself, as language pickers do, so anyone can find their own. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", es: "Español" };

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * The Intl locale dates and numbers are formatted with. English is British English: 24-hour
 * clocks and day-month dates read the same to agents on every continent ("14:05", "12 Mar").
 */
export const INTL_LOCALES: Record<Locale, string> = { en: "en-GB", fr: "fr-FR", es: "es-ES" };
