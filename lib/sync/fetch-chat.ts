import "server-only";
import { eq } from "drizzle-orm";
import type { AfilnetClient } from "@/lib/afilnet/types";
import type { Db } from "@/lib/db/client";
import { channels, conversations } from "@/lib/db/schema";
import { applyMessages, type ApplyMessagesResult } from "./mirror-messages";
import type { Priority } from "./budget";
import type { Throttle } from "./throttle";

export interface FetchChatDeps {
  db: Db;
  provider: AfilnetClient;
  throttle: Throttle;
  /** Default `urgent`: someone is waiting for this thread (news seen, an agent, a reply sent). */
  priority?: Priority;
}

/**
 * Fetches one chat's messages (through the throttle, under its channel's one-call slot) and
 * mirrors them. `onRequest` is called as the call goes out. Null when the conversation is gone.
 */
export async function fetchChat(
  { db, provider, throttle, priority = "urgent" }: FetchChatDeps,
  conversationId: string,
  onRequest: () => void = () => {},
): Promise<ApplyMessagesResult | null> {
  const [row] = await db
    .select({ conversation: conversations, platform: channels.platform, platformId: channels.platformId })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .where(eq(conversations.id, conversationId))
    .limit(1);
  if (!row) return null;
  const { conversation, platform, platformId } = row;
  const page = await throttle.run(conversation.channelId, () => {
    onRequest();
    return provider.getMessages({ platform, platformId, destination: conversation.destination });
  }, { priority });
  return applyMessages(db, conversation, page);
}
