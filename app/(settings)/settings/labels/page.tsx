import { getTranslations } from "next-intl/server";
import { SettingsSection } from "@/components/settings/form-kit";
import { getRuntime } from "@/lib/runtime/boot";
import { listLabels } from "@/lib/teams/labels";
import { requireAdmin } from "../require-settings";
import { LabelsPanel } from "./labels-panel";

export default async function LabelsPage() {
  await requireAdmin("/settings/labels");
  const labels = await listLabels((await getRuntime()).db);
  const t = await getTranslations("settings.labels");
  return (
    <SettingsSection title={t("title")} description={t("description")}>
      <LabelsPanel labels={labels} />
    </SettingsSection>
  );
}
