import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import type { Locale } from "./locales";
import type { Messages } from "./messages-type";
import { NAMESPACES } from "./namespaces";
import type { CatalogNamespace, Translate } from "./translator";

/**
 * For unit tests only: a translator over the real catalog files of one language, as a component
 * gets from useTranslations. Reads the JSON at run time (the app gets them precompiled instead).
 */
export function testTranslator<NS extends CatalogNamespace>(locale: Locale, namespace: NS): Translate<NS> {
  const root = path.join(process.cwd(), "lib/i18n/messages");
  const messages = Object.fromEntries(
    NAMESPACES.map((ns) => [ns, JSON.parse(readFileSync(path.join(root, ns, `${locale}.json`), "utf8")) as unknown]),
  ) as unknown as Messages;
  return createTranslator({ locale, messages, namespace }) as Translate<NS>;
}
