import "server-only";
import type { ProviderMessage } from "@/lib/afilnet/types";
import { toChannelView } from "./channels";
import type { InboxContext } from "./context";
import { getConversation, toConversationView } from "./conversations";
import { callProvider } from "./provider-errors";
import type { MessageView, ThreadResponse } from "./types";

const toMessageView = (m: ProviderMessage): MessageView => ({
  id: m.messageId,
  direction: m.direction,
  text: m.text,
  status: m.status,
  at: m.sentAt.toISOString(),
});

/** A conversation's messages, oldest first. */
export async function getThread(ctx: InboxContext, conversationId: string): Promise<ThreadResponse> {
  const { conversation, channel } = await getConversation(ctx, conversationId);
  const messages = await callProvider(() =>
    ctx.provider.getMessages({ platform: channel.platform, platformId: channel.platformId, destination: conversation.destination }),
  );
  return {
    conversation: toConversationView(conversation),
    channel: toChannelView(channel),
    messages: messages.map(toMessageView),
  };
}
