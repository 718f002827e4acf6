"use client";

import { useLocale } from "next-intl";
import { INTL_LOCALES } from "@/lib/i18n/locales";

/** The Intl locale for dates and numbers: the agent's language (else the browser's), as on the server. */
export function useDisplayLocale(): string {
  return INTL_LOCALES[useLocale()];
}
