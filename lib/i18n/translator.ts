import type { _Translator, NamespaceKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "./messages-type";

/** A namespace or sub-namespace of the catalogs ("thread", "composer.problem"). */
export type CatalogNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/**
 * What `useTranslations(ns)` returns, as a type lib/ can name: functions there that word things
 * for the UI take one from the calling component (lib never imports components or React hooks),
 * and tests hand them one made from the catalogs (test-translator.ts).
 */
export type Translate<NS extends CatalogNamespace> = _Translator<Messages, NS>;
