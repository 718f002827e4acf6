import { ContactPanel } from "@/components/inbox/contact-panel";
import { conversationHref, decodeParam } from "@/components/inbox/route-params";
import { ThreadPane } from "@/components/inbox/thread-pane";
import { Prefetched, prefetchConversation, serverQueryClient } from "../../prefetch";
import { requireAgent } from "../../require-agent";

export default async function ConversationPage({
  params,
}: {
  params: Promise<{ channelId: string; conversationId: string }>;
}) {
  const raw = await params;
  const channelId = decodeParam(raw.channelId) ?? "";
  const conversationId = decodeParam(raw.conversationId) ?? "";
  const agent = await requireAgent(conversationHref(channelId, conversationId), { channelId, conversationId });
  const queries = serverQueryClient();
  await prefetchConversation(queries, agent, conversationId);
  // Keyed so a half-typed reply never carries over to another customer.
  return (
    <Prefetched client={queries}>
      <ThreadPane key={conversationId} channelId={channelId} conversationId={conversationId} />
      <ContactPanel key={`contact-${conversationId}`} conversationId={conversationId} />
    </Prefetched>
  );
}
