"use client";

import { useLocale, useTranslations } from "next-intl";
import type { z } from "zod";
import type { Messages } from "@/lib/i18n/messages-type";
import { CANNED_BODY_MAX, CANNED_SHORTCUT_MAX, CAPACITY_MAX, DISPLAY_NAME_MAX, fieldErrors, WAIT_MINUTES_MAX } from "@/lib/validation/settings";

type RuleField = keyof Messages["settings"]["validation"];

/** The numbers each field's rule names; a field missing here (or extra) fails to compile. */
const RULE_VALUES: Record<RuleField, Record<string, number>> = {
  name: {},
  email: {},
  password: {},
  newPassword: {},
  currentPassword: {},
  role: {},
  capacity: { max: CAPACITY_MAX },
  channelIds: {},
  timeZone: {},
  alertMode: {},
  displayName: { max: DISPLAY_NAME_MAX },
  waitWarnMinutes: { max: WAIT_MINUTES_MAX },
  waitAlertMinutes: { max: WAIT_MINUTES_MAX },
  color: {},
  shortcut: { max: CANNED_SHORTCUT_MAX },
  body: { max: CANNED_BODY_MAX },
  from: {},
  to: {},
  actor: {},
  kind: {},
};

const isRuleField = (field: string): field is RuleField => Object.hasOwn(RULE_VALUES, field);

/**
 * A form's own check of its route's schema, worded for the agent. The schemas speak English (the
 * API answers with the same words, and stays English): in English their precise message is
 * shown as is; in French and Spanish each field states its rule from the catalog instead, so
 * nobody reads English under a French label.
 */
export function useFieldErrors(): (error: z.ZodError) => Record<string, string> {
  const t = useTranslations("settings.validation");
  const locale = useLocale();
  return (error) => {
    const english = fieldErrors(error);
    if (locale === "en") return english;
    return Object.fromEntries(Object.entries(english).map(([field, message]) => [field, isRuleField(field) ? t(field, RULE_VALUES[field]) : message]));
  };
}
