import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, uuidParam, withAgent } from "@/lib/api/handler";
import { notFound } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime/boot";
import { updateChannelSettings, type ChannelSettingsView } from "@/lib/teams/channel-settings";
import { channelSettingsSchema } from "@/lib/validation/settings";

export const dynamic = "force-dynamic";

export interface ChannelSettingResponse {
  channel: ChannelSettingsView;
}

export const PATCH = withAgent<{ channelId: string }>(rules.role("settings.manage"), async (req, { agent, params }) => {
  const id = uuidParam.safeParse(params.channelId);
  if (!id.success) throw notFound("This channel");
  const { db } = await getRuntime();
  const input = await parseJsonBody(req, channelSettingsSchema, 4096);
  return Response.json({ channel: await updateChannelSettings(db, agent, id.data, input) } satisfies ChannelSettingResponse);
});
