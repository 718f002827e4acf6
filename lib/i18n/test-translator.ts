import { createTranslator } from "next-intl";
import type { Locale } from "./locales";
import type { Messages } from "./messages-type";
import { NAMESPACES } from "./namespaces";

/**
 * For unit tests: a translator over the real catalogs of one language, so a test of a sentence
 * built from catalog words checks what agents read (and fails when a translation breaks).
 */
export async function testTranslator<N extends keyof Messages>(locale: Locale, namespace: N) {
  const entries = await Promise.all(NAMESPACES.map(async (ns) => [ns, (await import(`./messages/${ns}/${locale}.json`)).default] as const));
  const messages = Object.fromEntries(entries) as unknown as Messages;
  return createTranslator({ locale, messages, namespace });
}
