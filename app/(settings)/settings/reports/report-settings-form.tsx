"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/components/inbox/api-fetch";
import { FormMessage } from "@/components/settings/form-kit";
import { TimeZoneField } from "@/components/settings/time-zone-field";
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

  return (
    <form
      className="flex max-w-md flex-col gap-4 rounded-xl border border-gray-200 bg-surface p-4"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit({ timeZone }, (data) => apiFetch("/api/settings/reports", { method: "PUT", body: JSON.stringify(data) })).then((ok) => ok && router.refresh());
      }}
    >
      <FormMessage error={form.error} saved={form.saved} />
      <TimeZoneField
        id="report-zone"
        label={t("reports.timeZone")}
        hint={t("reports.timeZoneHint", { zone: initial.defaultTimeZone })}
        saved={initial.timeZone}
        value={timeZone}
        error={form.errors.timeZone}
        onChange={setTimeZone}
      />
      <Button type="submit" disabled={form.pending} className="self-start">
        {t("form.save")}
      </Button>
    </form>
  );
}
