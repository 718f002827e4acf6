import type { QueryClient } from "@tanstack/react-query";
import type { ConversationView } from "@/lib/inbox/types";
import { conversationTitle } from "./conversation-title";
import { inboxKeys, type ChannelsData, type ConversationPages } from "./inbox-keys";
import { channelHref, conversationHref } from "./route-params";

export interface PaletteLink {
  /** Unique within the palette: what cmdk filters on, with `keywords`. */
  value: string;
  label: string;
  hint?: string;
  keywords: string[];
  href: string;
}

/** Most conversations offered at once: the palette jumps, it is not the list. */
const MAX_CONVERSATIONS = 200;

/** The channels the agent may see, as the channel list has them (already in the cache). */
export function channelLinks(client: QueryClient): PaletteLink[] {
  const data = client.getQueryData<ChannelsData>(inboxKeys.channels());
  return (data?.channels ?? []).map((channel) => ({
    value: `channel:${channel.id}`,
    label: channel.name,
    keywords: [channel.providerName, channel.platform],
    href: channelHref(channel.id),
  }));
}

/**
 * Conversations from every list this tab has loaded (any channel, view or page), newest activity
 * first, each once. Nothing is fetched: the palette opens instantly and shows only what the
 * agent may see, because the lists were authorised when they were loaded.
 */
export function conversationLinks(client: QueryClient, channelName: (id: string) => string | undefined): PaletteLink[] {
  const byId = new Map<string, ConversationView>();
  for (const [, pages] of client.getQueriesData<ConversationPages>({ queryKey: inboxKeys.conversationLists() })) {
    for (const page of pages?.pages ?? []) for (const c of page.conversations) if (!byId.has(c.id)) byId.set(c.id, c);
  }
  const newestFirst = [...byId.values()].sort((a, b) => (b.lastMessage?.at ?? "").localeCompare(a.lastMessage?.at ?? ""));
  return newestFirst.slice(0, MAX_CONVERSATIONS).map((c) => ({
    value: `conversation:${c.id}`,
    label: conversationTitle(c),
    hint: channelName(c.channelId),
    keywords: [c.destination, c.phone?.e164 ?? "", c.contactName ?? ""].filter(Boolean),
    href: conversationHref(c.channelId, c.id),
  }));
}
