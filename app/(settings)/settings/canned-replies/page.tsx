import { getTranslations } from "next-intl/server";
import { SettingsSection } from "@/components/settings/form-kit";
import { getRuntime } from "@/lib/runtime/boot";
import { listCannedReplies } from "@/lib/teams/canned-replies";
import { requireAdmin } from "../require-settings";
import { CannedRepliesPanel } from "./canned-replies-panel";

export default async function CannedRepliesPage() {
  await requireAdmin("/settings/canned-replies");
  const replies = await listCannedReplies((await getRuntime()).db);
  const t = await getTranslations("settings.canned");
  return (
    <SettingsSection
      title={t("title")}
      // The placeholders go in as values: braces are ICU syntax, and they are never translated.
      description={t.rich("description", {
        kbd: (chunks) => <kbd className="rounded bg-gray-100 px-1">{chunks}</kbd>,
        code: (chunks) => <code>{chunks}</code>,
        contact: "{{contact.name}}",
        agent: "{{agent.name}}",
        channel: "{{channel.name}}",
      })}
    >
      <CannedRepliesPanel replies={replies} />
    </SettingsSection>
  );
}
