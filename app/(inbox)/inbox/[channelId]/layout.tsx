import { ConversationsPane } from "@/components/inbox/conversations-pane";
import { decodeParam } from "@/components/inbox/route-params";

export default async function ChannelLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ channelId: string }>;
}) {
  const channelId = decodeParam((await params).channelId) ?? "";
  return (
    <>
      <ConversationsPane channelId={channelId} />
      {children}
    </>
  );
}
