import { PanePlaceholder } from "@/components/inbox/pane-placeholder";
import { channelHref, decodeParam } from "@/components/inbox/route-params";
import { requireAgent } from "../require-agent";

export default async function ChannelPage({ params }: { params: Promise<{ channelId: string }> }) {
  const channelId = decodeParam((await params).channelId) ?? "";
  await requireAgent(channelHref(channelId), { channelId });
  return <PanePlaceholder>Choose a conversation to read it and reply.</PanePlaceholder>;
}
