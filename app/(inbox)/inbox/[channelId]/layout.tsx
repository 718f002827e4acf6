import { ConversationsPane } from "@/components/inbox/conversations-pane";
import { channelHref, decodeParam } from "@/components/inbox/route-params";
import { requireAgent } from "../require-agent";

export default async function ChannelLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ channelId: string }>;
}) {
  const channelId = decodeParam((await params).channelId) ?? "";
  await requireAgent(channelHref(channelId), { channelId });
  return (
    <>
      <ConversationsPane scope={channelId} />
      {children}
    </>
  );
}
