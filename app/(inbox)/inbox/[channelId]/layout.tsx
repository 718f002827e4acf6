import { ConversationsPane } from "@/components/inbox/conversations-pane";
import { channelHref, decodeParam } from "@/components/inbox/route-params";
import { pageFilters, Prefetched, prefetchConversations, serverQueryClient } from "../prefetch";
import { requireAgent } from "../require-agent";

export default async function ChannelLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ channelId: string }>;
}) {
  const channelId = decodeParam((await params).channelId) ?? "";
  const agent = await requireAgent(channelHref(channelId), { channelId });
  const queries = serverQueryClient();
  await prefetchConversations(queries, agent, channelId, await pageFilters());
  return (
    <>
      <Prefetched client={queries}>
        <ConversationsPane scope={channelId} />
      </Prefetched>
      {children}
    </>
  );
}
