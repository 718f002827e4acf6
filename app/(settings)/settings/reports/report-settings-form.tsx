"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { apiFetch } from "@/components/inbox/api-fetch";
import { errorProps, Field, FormMessage, inputClass } from "@/components/settings/form-kit";
import { timeZoneChoices } from "@/components/settings/time-zones";
import { useSettingsForm } from "@/components/settings/use-settings-form";
import { Button } from "@/components/ui/button";
import { reportSettingsSchema } from "@/lib/reports/settings-schema";
import type { ReportSettingsView } from "@/lib/reports/types";

/** The deployment's report time zone: the days and hours every report is counted in. */
export function ReportSettingsForm({ initial }: { initial: ReportSettingsView }) {
  const t = useTranslations("settings");
  const router = useRouter();
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  const form = useSettingsForm(reportSettingsSchema);
  const zones = useMemo(() => timeZoneChoices(initial.timeZone), [initial.timeZone]);

  return (
    <form
      className="flex max-w-md flex-col gap-4 rounded-xl border border-gray-200 bg-surface p-4"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit({ timeZone }, (data) => apiFetch("/api/settings/reports", { method: "PUT", body: JSON.stringify(data) })).then((ok) => ok && router.refresh());
      }}
    >
      <FormMessage error={form.error} saved={form.saved} />
      <Field id="report-zone" label={t("reports.timeZone")} error={form.errors.timeZone} hint={t("reports.timeZoneHint", { zone: initial.defaultTimeZone })}>
        <select id="report-zone" className={inputClass} value={timeZone} onChange={(e) => setTimeZone(e.target.value)} {...errorProps("report-zone", form.errors.timeZone)}>
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
