"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { apiFetch } from "@/components/inbox/api-fetch";
import { errorProps, Field, FormMessage, inputClass, TextField } from "@/components/settings/form-kit";
import { timeZoneChoices } from "@/components/settings/time-zones";
import { useSettingsForm } from "@/components/settings/use-settings-form";
import { Button } from "@/components/ui/button";
import { profileSchema, type ProfileInput } from "@/lib/validation/settings";

export function ProfileForm({ initial }: { initial: ProfileInput }) {
  const t = useTranslations("settings");
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const form = useSettingsForm(profileSchema);
  const zones = useMemo(() => timeZoneChoices(initial.timeZone), [initial.timeZone]);

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
      <Field id="profile-zone" label={t("profile.timeZone")} error={form.errors.timeZone} hint={t("profile.timeZoneHint")}>
        <select id="profile-zone" className={inputClass} value={values.timeZone} onChange={(e) => setValues({ ...values, timeZone: e.target.value })} {...errorProps("profile-zone", form.errors.timeZone)}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
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
