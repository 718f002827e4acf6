import { SettingsSection } from "@/components/settings/form-kit";
import { getRuntime } from "@/lib/runtime/boot";
import { listLabels } from "@/lib/teams/labels";
import { requireAdmin } from "../require-settings";
import { LabelsPanel } from "./labels-panel";

export default async function LabelsPage() {
  await requireAdmin("/settings/labels");
  const labels = await listLabels((await getRuntime()).db);
  return (
    <SettingsSection title="Labels" description="Labels the team puts on conversations, and filters every view by.">
      <LabelsPanel labels={labels} />
    </SettingsSection>
  );
}
