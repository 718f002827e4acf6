"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/components/inbox/api-fetch";
import { errorProps, Field, FormMessage, inputClass } from "@/components/settings/form-kit";
import { useSettingsForm } from "@/components/settings/use-settings-form";
import { Button } from "@/components/ui/button";
import { ALERT_MODES, alertModeSchema, type AlertMode } from "@/lib/validation/alerts";

/** In-tab alerts: a notice and a chime when a customer writes outside the open conversation. */
export function AlertsForm({ initial }: { initial: AlertMode }) {
  const t = useTranslations("settings");
  const router = useRouter();
  const [alertMode, setAlertMode] = useState<AlertMode>(initial);
  const form = useSettingsForm(alertModeSchema);

  return (
    <form
      className="flex max-w-md flex-col gap-4 rounded-xl border border-gray-200 bg-surface p-4"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit({ alertMode }, (data) => apiFetch("/api/profile/alerts", { method: "PUT", body: JSON.stringify(data) })).then((ok) => ok && router.refresh());
      }}
    >
      <h2 className="font-medium text-gray-900">{t("profile.alertsTitle")}</h2>
      <FormMessage error={form.error} saved={form.saved} />
      <Field id="profile-alerts" label={t("profile.alertsLabel")} error={form.errors.alertMode} hint={t("profile.alertsHint")}>
        <select id="profile-alerts" className={inputClass} value={alertMode} onChange={(e) => setAlertMode(e.target.value as AlertMode)} {...errorProps("profile-alerts", form.errors.alertMode)}>
          {ALERT_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`profile.alertModes.${mode}`)}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" disabled={form.pending} className="self-start">
        {t("form.save")}
      </Button>
    </form>
  );
}
