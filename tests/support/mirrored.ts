import type { ChannelsResponse, ConversationsResponse } from "@/lib/inbox/types";
import { eventually } from "./eventually";

/**
 * The first channel and its conversations once the sync engine has mirrored them. Right after a
 * start the first mirror pass may still be running: channels appear first, then conversations.
 */
export async function firstMirrored(baseUrl: string, cookie: string, timeoutMs = 30_000) {
  const get = async <T>(path: string) => (await fetch(`${baseUrl}${path}`, { headers: { cookie } })).json() as Promise<T>;
  return eventually(async () => {
    const { channels } = await get<ChannelsResponse>("/api/channels");
    if (!channels?.length) throw new Error("no channel mirrored yet");
    const { conversations } = await get<ConversationsResponse>(`/api/channels/${channels[0].id}/conversations`);
    if (!conversations?.length) throw new Error("no conversation mirrored yet");
    return { channels, channel: channels[0], conversations, conversation: conversations[0] };
  }, timeoutMs);
}
