import type {
  ChannelHealth,
  ChannelView,
  ConversationsResponse,
  ConversationView,
  MessageView,
  ThreadResponse,
} from "@/lib/inbox/types";
import type { ConversationPages, ThreadPages } from "./inbox-keys";

/*
 * Pure merges of what the server says into what the cache holds. Counts only ever grow (a
 * conversation's inbound messages, an agent's read marker), so taking the larger value lets an
 * event and a refetch arrive in either order without a badge jumping back.
 */

export function mergeChannelCounts(
  channel: ChannelView,
  counts: { inboundCount?: number; readInboundSum?: number },
): ChannelView {
  const inboundCount = Math.max(channel.inboundCount, counts.inboundCount ?? 0);
  const readInboundSum = Math.max(channel.readInboundSum, counts.readInboundSum ?? 0);
  if (inboundCount === channel.inboundCount && readInboundSum === channel.readInboundSum) return channel;
  return { ...channel, inboundCount, readInboundSum, unreadCount: Math.max(0, inboundCount - readInboundSum) };
}

export function withHealth(channel: ChannelView, health: ChannelHealth): ChannelView {
  return { ...channel, health };
}

export function mergeConversationCounts(
  conversation: ConversationView,
  counts: { inboundCount?: number; readInboundCount?: number },
): ConversationView {
  const inboundCount = Math.max(conversation.inboundCount, counts.inboundCount ?? 0);
  const readInboundCount = Math.max(conversation.readInboundCount, counts.readInboundCount ?? 0);
  if (inboundCount === conversation.inboundCount && readInboundCount === conversation.readInboundCount) return conversation;
  return { ...conversation, inboundCount, readInboundCount, unreadCount: Math.max(0, inboundCount - readInboundCount) };
}

/** A fresh summary from the server, keeping any count the cache already knows to be newer. */
export function mergeConversation(cached: ConversationView | undefined, fresh: ConversationView): ConversationView {
  if (!cached) return fresh;
  return mergeConversationCounts(fresh, { inboundCount: cached.inboundCount, readInboundCount: cached.readInboundCount });
}

/** The list's order: newest activity first, then id descending (as the server pages them). */
export function comesBefore(a: ConversationView, b: ConversationView): boolean {
  const at = a.lastMessage?.at ?? "";
  const bt = b.lastMessage?.at ?? "";
  const diff = Date.parse(at) - Date.parse(bt);
  if (diff !== 0 && !Number.isNaN(diff)) return diff > 0;
  return a.id > b.id;
}

function mapConversations(
  data: ConversationPages,
  fn: (c: ConversationView) => ConversationView,
): ConversationPages {
  let changed = false;
  const pages = data.pages.map((page) => {
    const conversations = page.conversations.map((c) => {
      const next = fn(c);
      if (next !== c) changed = true;
      return next;
    });
    return conversations.some((c, i) => c !== page.conversations[i]) ? { ...page, conversations } : page;
  });
  return changed ? { ...data, pages } : data;
}

export function patchConversationInPages(
  data: ConversationPages,
  conversationId: string,
  fn: (c: ConversationView) => ConversationView,
): ConversationPages {
  return mapConversations(data, (c) => (c.id === conversationId ? fn(c) : c));
}

export function findConversation(data: ConversationPages, conversationId: string): ConversationView | undefined {
  for (const page of data.pages) {
    const found = page.conversations.find((c) => c.id === conversationId);
    if (found) return found;
  }
  return undefined;
}

/**
 * Moves a conversation to where its latest activity puts it, or inserts it. A conversation older
 * than everything loaded while older pages remain is left for paging to bring in.
 */
export function upsertConversation(data: ConversationPages, fresh: ConversationView): ConversationPages {
  const cached = findConversation(data, fresh.id);
  const merged = mergeConversation(cached, fresh);
  // The server lists only conversations with a message; one without stays where it was.
  if (!merged.lastMessage) return cached ? patchConversationInPages(data, fresh.id, () => merged) : data;

  const pages = data.pages.map((page) => ({ ...page, conversations: page.conversations.filter((c) => c.id !== fresh.id) }));
  for (const page of pages) {
    const index = page.conversations.findIndex((c) => comesBefore(merged, c));
    if (index !== -1) {
      page.conversations.splice(index, 0, merged);
      return { ...data, pages };
    }
  }
  const last = pages.at(-1);
  if (!last) return data;
  if (last.nextCursor === null) {
    last.conversations.push(merged);
    return { ...data, pages };
  }
  return cached ? { ...data, pages } : data;
}

/** Takes a conversation out of a list it no longer belongs in (assigned away, resolved, read…). */
export function removeConversation(data: ConversationPages, conversationId: string): ConversationPages {
  if (!findConversation(data, conversationId)) return data;
  const pages = data.pages.map((page) =>
    page.conversations.some((c) => c.id === conversationId)
      ? { ...page, conversations: page.conversations.filter((c) => c.id !== conversationId) }
      : page,
  );
  return { ...data, pages };
}

/** Every loaded conversation once, in order (page boundaries shift as activity reorders them). */
export function flattenConversations(data: { pages: readonly ConversationsResponse[] }): ConversationView[] {
  const seen = new Set<string>();
  const rows: ConversationView[] = [];
  for (const page of data.pages) {
    for (const c of page.conversations) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      rows.push(c);
    }
  }
  return rows;
}

export function compareMessages(a: MessageView, b: MessageView): number {
  const diff = Date.parse(a.at) - Date.parse(b.at);
  if (diff !== 0 && !Number.isNaN(diff)) return diff;
  return a.id - b.id;
}

/** A thread's loaded messages, oldest first, each once. */
export function flattenThread(data: { pages: readonly ThreadResponse[] }): MessageView[] {
  const byId = new Map<number, MessageView>();
  for (const page of data.pages) for (const m of page.messages) if (!byId.has(m.id)) byId.set(m.id, m);
  return [...byId.values()].sort(compareMessages);
}

/** The highest mirror id loaded: `?after=` asks for everything mirrored since. */
export function lastMessageId(data: ThreadPages): number | null {
  let max: number | null = null;
  // Negative ids are replies not stored yet (see outbox-cache): the server has never seen them.
  for (const page of data.pages) for (const m of page.messages) if (m.id > 0 && (max === null || m.id > max)) max = m.id;
  return max;
}

/** Adds messages to the newest page, skipping any already there (events and refetches overlap). */
export function appendMessages(data: ThreadPages, messages: MessageView[]): ThreadPages {
  const known = new Set(data.pages.flatMap((p) => p.messages.map((m) => m.id)));
  const added = messages.filter((m) => !known.has(m.id));
  const [newest, ...older] = data.pages;
  if (!newest || added.length === 0) return data;
  return { ...data, pages: [{ ...newest, messages: [...newest.messages, ...added].sort(compareMessages) }, ...older] };
}

export function patchMessageStatus(
  data: ThreadPages,
  messageId: number,
  status: string,
): { data: ThreadPages; found: boolean } {
  let found = false;
  const pages = data.pages.map((page) => {
    const index = page.messages.findIndex((m) => m.id === messageId);
    if (index === -1) return page;
    found = true;
    if (page.messages[index].status === status) return page;
    const messages = page.messages.slice();
    messages[index] = { ...messages[index], status };
    return { ...page, messages };
  });
  return { data: found ? { ...data, pages } : data, found };
}

export function patchThreadConversation(data: ThreadPages, fn: (c: ConversationView) => ConversationView): ThreadPages {
  const pages = data.pages.map((page) => {
    const conversation = fn(page.conversation);
    return conversation === page.conversation ? page : { ...page, conversation };
  });
  return pages.some((p, i) => p !== data.pages[i]) ? { ...data, pages } : data;
}

export function patchThreadChannel(data: ThreadPages, fn: (c: ChannelView) => ChannelView): ThreadPages {
  const pages = data.pages.map((page) => {
    const channel = fn(page.channel);
    return channel === page.channel ? page : { ...page, channel };
  });
  return pages.some((p, i) => p !== data.pages[i]) ? { ...data, pages } : data;
}

export function patchListChannel(data: ConversationPages, fn: (c: ChannelView) => ChannelView): ConversationPages {
  const pages = data.pages.map((page) => {
    const channel = page.channel && fn(page.channel);
    return channel === page.channel ? page : { ...page, channel };
  });
  return pages.some((p, i) => p !== data.pages[i]) ? { ...data, pages } : data;
}
