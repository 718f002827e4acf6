"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { apiFetch } from "@/components/inbox/api-fetch";
import { FormMessage, TextField } from "@/components/settings/form-kit";
import { useSettingsForm } from "@/components/settings/use-settings-form";
import { Button } from "@/components/ui/button";
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH, passwordChangeSchema } from "@/lib/validation/settings";

const EMPTY = { currentPassword: "", newPassword: "" };

/** A new password, proven by the current one; other browsers signed in as you are signed out. */
export function PasswordForm() {
  const t = useTranslations("settings.profile");
  const [values, setValues] = useState(EMPTY);
  const form = useSettingsForm(passwordChangeSchema);

  return (
    <form
      className="flex max-w-md flex-col gap-4 rounded-xl border border-gray-200 bg-surface p-4"
      onSubmit={(e) => {
        e.preventDefault();
        void form
          .submit(values, (data) => apiFetch("/api/profile/password", { method: "POST", body: JSON.stringify(data) }), t("passwordChanged"))
          .then((ok) => ok && setValues(EMPTY));
      }}
    >
      <h2 className="font-medium text-gray-900">{t("passwordTitle")}</h2>
      <FormMessage error={form.error} saved={form.saved} />
      <TextField
        id="current-password"
        label={t("currentPassword")}
        type="password"
        autoComplete="current-password"
        value={values.currentPassword}
        error={form.errors.currentPassword}
        onChange={(e) => setValues({ ...values, currentPassword: e.target.value })}
      />
      <TextField
        id="new-password"
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        value={values.newPassword}
        error={form.errors.newPassword}
        hint={t("newPasswordHint", { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_BYTES })}
        onChange={(e) => setValues({ ...values, newPassword: e.target.value })}
      />
      <Button type="submit" disabled={form.pending} className="self-start">
        {t("changePassword")}
      </Button>
    </form>
  );
}
