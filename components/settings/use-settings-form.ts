"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { z } from "zod";
import { ApiError } from "@/components/inbox/api-fetch";
import { useFieldErrors } from "./use-field-errors";

/**
 * One form's state around its route's schema: checked here with the same schema the route
 * parses, then sent; field errors (from either side) go next to the fields. The values stay in
 * the caller's state, so nothing typed is lost on an error. Messages from the API are shown as
 * it words them (English); the form's own are in the agent's language.
 */
export function useSettingsForm<S extends z.ZodType>(schema: S) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const t = useTranslations("settings.form");
  const fieldErrors = useFieldErrors();

  async function submit(values: z.input<S>, send: (data: z.output<S>) => Promise<unknown>, savedMessage?: string): Promise<boolean> {
    setSaved(null);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      setError(t("checkFields"));
      return false;
    }
    setPending(true);
    setErrors({});
    setError(null);
    try {
      await send(parsed.data);
      setSaved(savedMessage ?? t("saved"));
      return true;
    } catch (e) {
      setErrors(e instanceof ApiError ? (e.fields ?? {}) : {});
      setError(e instanceof Error ? e.message : t("failed"));
      return false;
    } finally {
      setPending(false);
    }
  }

  /** For actions outside the schema (delete, deactivate): same messages, no field checks. */
  async function run(action: () => Promise<unknown>, savedMessage: string): Promise<boolean> {
    setSaved(null);
    setError(null);
    setPending(true);
    try {
      await action();
      setSaved(savedMessage);
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : t("failed"));
      return false;
    } finally {
      setPending(false);
    }
  }

  return { errors, error, saved, pending, submit, run };
}
