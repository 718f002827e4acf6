import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { SettingsSection } from "@/components/settings/form-kit";
import { getRuntime } from "@/lib/runtime/boot";
import { listChannelSettings } from "@/lib/teams/channel-settings";
import { requireAdmin } from "../require-settings";
import { ChannelSettingsForm } from "./channel-settings-form";

export default async function ChannelsSettingsPage() {
  await requireAdmin("/settings/channels");
  const channels = await listChannelSettings((await getRuntime()).db);
  const t = await getTranslations("settings.channels");
  return (
    <SettingsSection title={t("title")} description={t("description")}>
      {channels.length === 0 && <EmptyState>{t("empty")}</EmptyState>}
      <ul className="flex flex-col gap-3">
        {channels.map((channel) => (
          <li key={channel.id}>
            <ChannelSettingsForm channel={channel} />
          </li>
        ))}
      </ul>
    </SettingsSection>
  );
}
