"use client";

import { useTranslations } from "next-intl";
import type { ConversationStatus } from "@/lib/inbox/types";
import { useDisplayLocale } from "./use-display-locale";
import { useDisplayTimeZone } from "./use-display-time-zone";

/**
 * A conversation's status in the agent's language: "Open", "Pending", "Resolved", "Snoozed", or
 * "Snoozed until 12 Mar 2025, 14:05" (the agent's zone and locale) when the end is known. One
 * place for the words, used by the list, its filters, the thread's bar and the contact panel.
 */
export function useStatusLabel(): (status: ConversationStatus, snoozedUntil?: string | null) => string {
  const t = useTranslations("inbox.status");
  const locale = useDisplayLocale();
  const timeZone = useDisplayTimeZone();
  return (status, snoozedUntil) =>
    status === "snoozed" && snoozedUntil
      ? t("snoozedUntil", { time: new Intl.DateTimeFormat(locale, { timeZone, dateStyle: "medium", timeStyle: "short" }).format(new Date(snoozedUntil)) })
      : t(status);
}
