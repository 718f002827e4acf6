/**
 * An agent's colour theme. "system" follows the device's light/dark setting (CSS
 * `prefers-color-scheme`), so it changes with the operating system without a reload; "light"
 * and "dark" pin one. Browser-safe and free of zod: the account menu, on every inbox page,
 * imports it (the route's schema is in ./schema.ts).
 */
export const THEME_CHOICES = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];


export function isThemeChoice(value: unknown): value is ThemeChoice {
  return (THEME_CHOICES as readonly unknown[]).includes(value);
}

/** A stored value read back: anything unknown (an older row, a hand edit) means "system". */
export function asThemeChoice(value: unknown): ThemeChoice {
  return isThemeChoice(value) ? value : "system";
}

/**
 * What `<html>` carries for a choice: `data-theme` always (globals.css keys "system" to the media
 * query), and the `dark` class for a pinned dark theme, so scripts and tests can read it.
 */
export function htmlThemeAttributes(theme: ThemeChoice): { "data-theme": ThemeChoice; className: string | undefined } {
  return { "data-theme": theme, className: theme === "dark" ? "dark" : undefined };
}
