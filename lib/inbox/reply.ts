import "server-only";
import { z } from "zod";
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
  const { row, channel } = await getConversation(ctx, conversationId);
  // The mirror learns of the sent message from the provider itself (the caller asks the sync
  // engine for an immediate fetch), so the thread shows what the provider really holds.
  const result = await callProvider(() =>
    ctx.provider.sendMessage({
      platform: channel.row.platform,
      platformId: channel.row.platformId,
      destination: row.destination,
      message: input.text,
    }),
  );
  return { ok: true, messageId: result.messageId };
}
