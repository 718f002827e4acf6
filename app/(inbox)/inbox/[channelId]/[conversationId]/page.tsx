import { ContactPanel } from "@/components/inbox/contact-panel";
import { conversationHref, decodeParam } from "@/components/inbox/route-params";
import { ThreadPane } from "@/components/inbox/thread-pane";
import { requireAgent } from "../../require-agent";

export default async function ConversationPage({
  params,
}: {
  params: Promise<{ channelId: string; conversationId: string }>;
}) {
  const raw = await params;
  const channelId = decodeParam(raw.channelId) ?? "";
  const conversationId = decodeParam(raw.conversationId) ?? "";
  await requireAgent(conversationHref(channelId, conversationId), { channelId, conversationId });
  // Keyed so a half-typed reply never carries over to another customer.
  return (
    <>
      <ThreadPane key={conversationId} channelId={channelId} conversationId={conversationId} />
      <ContactPanel key={`contact-${conversationId}`} conversationId={conversationId} />
    </>
  );
}
