"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/components/inbox/api-fetch";
import { FormMessage, TextField } from "@/components/settings/form-kit";
import { TimeZoneField } from "@/components/settings/time-zone-field";
import { useSettingsForm } from "@/components/settings/use-settings-form";
import { Button } from "@/components/ui/button";
import { profileSchema, type ProfileInput } from "@/lib/validation/settings";

export function ProfileForm({ initial }: { initial: ProfileInput }) {
  const t = useTranslations("settings");
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const form = useSettingsForm(profileSchema);

  return (
    <form
      className="flex max-w-md flex-col gap-4 rounded-xl border border-gray-200 bg-surface p-4"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(values, (data) => apiFetch("/api/profile", { method: "PATCH", body: JSON.stringify(data) })).then((ok) => ok && router.refresh());
      }}
    >
      <h2 className="font-medium text-gray-900">{t("profile.nameAndZone")}</h2>
      <FormMessage error={form.error} saved={form.saved} />
      <TextField id="profile-name" label={t("profile.name")} value={values.name} maxLength={120} error={form.errors.name} onChange={(e) => setValues({ ...values, name: e.target.value })} />
      <TimeZoneField
        id="profile-zone"
        label={t("profile.timeZone")}
        hint={t("profile.timeZoneHint")}
        saved={initial.timeZone}
        value={values.timeZone}
        error={form.errors.timeZone}
        onChange={(timeZone) => setValues({ ...values, timeZone })}
      />
      <Button type="submit" disabled={form.pending} className="self-start">
        {t("form.save")}
      </Button>
    </form>
  );
}
