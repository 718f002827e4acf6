import { rules } from "@/lib/auth/route-rules";
import { withAgent } from "@/lib/api/handler";
import { getRuntime } from "@/lib/runtime/boot";
import { listChannelSettings, type ChannelSettingsView } from "@/lib/teams/channel-settings";

export const dynamic = "force-dynamic";

export interface ChannelSettingsResponse {
  channels: ChannelSettingsView[];
}

/** Every channel with its display name and auto-assignment, including ones the provider stopped listing. */
export const GET = withAgent(rules.role("settings.manage"), async () => {
  const { db } = await getRuntime();
  return Response.json({ channels: await listChannelSettings(db) } satisfies ChannelSettingsResponse);
});
