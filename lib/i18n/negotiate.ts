import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "./locales";

/**
 * The language for a request: the agent's own choice when there is one, else the best match for
 * the browser's Accept-Language (RFC 4647 lookup, so "fr-CA" gets French), else English.
 * Libraries, not a hand-written q-value parser: Accept-Language has more corner cases than it looks.
 */
export function negotiateLocale(agentChoice: string | null | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(agentChoice)) return agentChoice;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage ?? "" } }).languages();
  try {
    const found = match(requested, LOCALES, DEFAULT_LOCALE);
    return isLocale(found) ? found : DEFAULT_LOCALE;
  } catch {
    // A malformed tag ("*", "x-garbage-") makes the matcher throw: that browser gets English.
    return DEFAULT_LOCALE;
  }
}
