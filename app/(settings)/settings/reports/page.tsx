import { getTranslations } from "next-intl/server";
import { SettingsSection } from "@/components/settings/form-kit";
import { getReportSettings } from "@/lib/reports/settings";
import { getRuntime } from "@/lib/runtime/boot";
import { requireAdmin } from "../require-settings";
import { ReportSettingsForm } from "./report-settings-form";

export default async function ReportSettingsPage() {
  await requireAdmin("/settings/reports");
  const { db, config } = await getRuntime();
  const settings = await getReportSettings(db, config.afilnet.timezone);
  const t = await getTranslations("settings.reports");
  return (
    <SettingsSection title={t("title")} description={t("description")}>
      <ReportSettingsForm initial={settings} />
    </SettingsSection>
  );
}
