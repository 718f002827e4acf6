import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { conversations } from "@/lib/db/schema";
import type { InboxContext } from "./context";
import { getConversation } from "./conversations";
import { callProvider } from "./provider-errors";
import { REPLY_MAX_LENGTH, type SendReplyResponse } from "./types";

export const replySchema = z.object({
  text: z
    .string({ message: "Write a message first." })
    .refine((t) => t.trim().length > 0, "Write a message first.")
    .refine((t) => t.length <= REPLY_MAX_LENGTH, `A message can have at most ${REPLY_MAX_LENGTH} characters.`),
});
export type ReplyInput = z.infer<typeof replySchema>;

/** Sends an agent's text reply to the conversation's contact. */
export async function sendReply(ctx: InboxContext, conversationId: string, input: ReplyInput): Promise<SendReplyResponse> {
  const { conversation, channel } = await getConversation(ctx, conversationId);
  const result = await callProvider(() =>
    ctx.provider.sendMessage({
      platform: channel.platform,
      platformId: channel.platformId,
      destination: conversation.destination,
      message: input.text,
    }),
  );
  await ctx.db
    .update(conversations)
    .set({ lastMessageText: input.text, lastMessageAt: new Date(), lastMessageDirection: "outbound" })
    .where(eq(conversations.id, conversation.id));
  return { ok: true, messageId: result.messageId };
}
