import "server-only";
import type { Locale } from "./locales";
import type { Messages } from "./messages-type";
import { NAMESPACES } from "./namespaces";

/**
 * Every catalog of one language, as next-intl wants it (one object, a key per namespace). Each
 * import names its folder literally so next-intl's build loader precompiles these JSON files
 * (the browser then gets no ICU parser); the `${locale}` part is resolved at run time.
 */
const loaders: Record<keyof Messages, (locale: Locale) => Promise<{ default: unknown }>> = {
  common: (locale) => import(`./messages/common/${locale}.json`),
  auth: (locale) => import(`./messages/auth/${locale}.json`),
  inbox: (locale) => import(`./messages/inbox/${locale}.json`),
  thread: (locale) => import(`./messages/thread/${locale}.json`),
  composer: (locale) => import(`./messages/composer/${locale}.json`),
  settings: (locale) => import(`./messages/settings/${locale}.json`),
  sandbox: (locale) => import(`./messages/sandbox/${locale}.json`),
  palette: (locale) => import(`./messages/palette/${locale}.json`),
  search: (locale) => import(`./messages/search/${locale}.json`),
  monitor: (locale) => import(`./messages/monitor/${locale}.json`),
  reports: (locale) => import(`./messages/reports/${locale}.json`),
};

export async function loadMessages(locale: Locale): Promise<Messages> {
  const catalogs = await Promise.all(NAMESPACES.map(async (ns) => [ns, (await loaders[ns](locale)).default] as const));
  return Object.fromEntries(catalogs) as unknown as Messages;
}
