import { EmptyState } from "@/components/ui/empty-state";
import { SettingsSection } from "@/components/settings/form-kit";
import { getRuntime } from "@/lib/runtime/boot";
import { listChannelSettings } from "@/lib/teams/channel-settings";
import { requireAdmin } from "../require-settings";
import { ChannelSettingsForm } from "./channel-settings-form";

export default async function ChannelsSettingsPage() {
  await requireAdmin("/settings/channels");
  const channels = await listChannelSettings((await getRuntime()).db);
  return (
    <SettingsSection title="Channels" description="The name the team sees for each channel, and whether new conversations are assigned automatically.">
      {channels.length === 0 && <EmptyState>No channels yet: they appear once the provider lists them.</EmptyState>}
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
